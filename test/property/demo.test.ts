import { generateGeography } from '../../shared/demo/geography';
import { demoBase, registry } from '../helpers/demo-base';
import { generateCity } from '../../services/demo-city';
import { generateProperty } from '../../services/property/demo';
import { generateParty } from '../../services/party/demo';
import { Rng } from '../../shared/demo/random';
import { creditCodeProblem } from '../../services/property/company/credit-code';

describe('demo property data', () => {
  const geo = generateGeography('city', 20210104);
  const base = demoBase(geo);
  // The day the data is generated for: committees are in term or not on it.
  const NOW = base.now.toISOString().slice(0, 10);
  const party = generateParty(base, registry(), new Rng(20210104).fork('party'));
  const p = generateProperty(base, registry(), party, new Rng(20210104).fork('property'));

  test('is the same for the same seed', () => {
    const a = generateCity('demo', 20210104).property;
    const b = generateCity('demo', 20210104).property;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  test('a city has about a thousand compounds with ids 1..N, each on a basic grid, usually one a grid', () => {
    const basic = new Set(geo.grids.filter((g) => g.level === 'BASIC').map((g) => g.code));
    expect(p.compounds.length).toBeGreaterThan(850);
    expect(p.compounds.length).toBeLessThan(1250);
    p.compounds.forEach((c, i) => expect(c.id).toBe(i + 1));
    expect(p.compounds.every((c) => basic.has(c.gridCode))).toBe(true);
    const perGrid = new Map<string, number>();
    for (const c of p.compounds) perGrid.set(c.gridCode, (perGrid.get(c.gridCode) ?? 0) + 1);
    expect([...perGrid.values()].filter((n) => n === 1).length).toBeGreaterThan(0.8 * perGrid.size);
  });

  test("coverage figures fall in the seeds' range: served by a company 87–91%, committees of 物业小区 46–70%, party share near 50%", () => {
    // Baishan's 91% and Binzhou's 87%: compounds a property company serves; quasi-property is not counted.
    const served = p.compounds.filter((c) => c.managementMode === 'PROFESSIONAL');
    expect(served.length / p.compounds.length).toBeGreaterThanOrEqual(0.87);
    expect(served.length / p.compounds.length).toBeLessThanOrEqual(0.91);
    const inTerm = p.committees.filter((k) => k.termStart <= NOW && NOW <= k.termEnd);
    // The unnamed city's 46% (Binzhou 70%): over compounds under property management.
    const withCommittee = new Set(inTerm.map((k) => k.compoundId));
    const committeeCoverage = served.filter((c) => withCommittee.has(c.id)).length / served.length;
    expect(committeeCoverage).toBeGreaterThanOrEqual(0.46);
    expect(committeeCoverage).toBeLessThanOrEqual(0.7);
    const ids = new Set(inTerm.map((k) => k.id));
    const members = p.committeeMembers.filter((m) => ids.has(m.committeeId));
    const share = members.filter((m) => m.partyMemberId != null).length / members.length;
    if (party.members.length > 0) expect(Math.abs(share - 0.5)).toBeLessThan(0.05);
    else expect(share).toBe(0);
    // Baishan: about three compounds per company (58 companies for 181 compounds).
    const managed = p.compounds.filter((c) => c.companyId != null).length;
    expect(managed / p.companies.length).toBeGreaterThan(2.5);
    expect(managed / p.companies.length).toBeLessThan(4);
  });

  test('copes with empty party data: no party references at all', () => {
    const empty = generateProperty(
      demoBase(geo),
      registry(),
      { organizations: [], members: [], units: [], dualReports: [], enterpriseOrganizationIds: [] },
      new Rng(1),
    );
    expect(empty.companies.every((c) => c.partyOrganizationId == null)).toBe(true);
    expect(empty.committeeMembers.every((m) => m.partyMemberId == null)).toBe(true);
    expect(empty.meetings.every((m) => m.partyOrganizationId == null)).toBe(true);
  });

  test('rows keep the uniqueness the database enforces, and every code and balance is valid', () => {
    expect(new Set(p.companies.map((c) => c.creditCode)).size).toBe(p.companies.length);
    for (const c of p.companies) expect(creditCodeProblem(c.creditCode)).toBeNull();
    expect(
      new Set(p.evaluations.map((e) => `${e.companyId}/${e.compoundId}/${e.quarter}`)).size,
    ).toBe(p.evaluations.length);
    expect(new Set(p.disclosures.map((d) => `${d.compoundId}/${d.month}/${d.revision}`)).size).toBe(
      p.disclosures.length,
    );
    for (const d of p.disclosures)
      expect(d.balanceCents).toBe(d.incomeCents - d.remunerationCents - d.expensesCents);
    const enterprise = new Set(party.enterpriseOrganizationIds);
    for (const c of p.companies)
      if (c.partyOrganizationId != null) expect(enterprise.has(c.partyOrganizationId)).toBe(true);
  });
});
