import type { PropertyDemo } from '../../services/property/demo';
import { startPropertyHarness } from './harness';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startPropertyHarness());

const QUERY = `query($r: [_Any!]!, $asOf: LocalDate, $q: String) { _entities(representations: $r) { ... on Region { code
  propertyIndicators(asOf: $asOf, quarter: $q) { asOf compounds compoundsByMode { key count } servedCompounds serviceCoverage
    quasiCompounds serviceCoverageWithQuasi companies
    committeeCompounds servedCompoundsWithCommittee committeeCoverage committeeCoverageOfAllCompounds committeeMembers partyCommitteeMembers partyShareOfCommitteeMembers crossAppointedCommitteeMembers
    redProperties evaluationQuarter evaluations averageEvaluationScore disclosureMonthsDue disclosureMonthsPublished disclosureRate } } } }`;

/** The indicators recomputed row by row from the generated data, without SQL and without the service's helpers. */
function expected(p: PropertyDemo, prefix: string, asOf: string, quarter: string) {
  // GB/T 2260: a city 220600 covers districts 2206xx, a province 220000 covers 22xxxx.
  const stem =
    prefix.length === 6 ? prefix.replace(/0000$/, '').replace(/^(\d{4})00$/, '$1') : prefix;
  const under = (code: string) => code.startsWith(stem);
  const stateOf = new Map<number, { managementMode: string; companyId: number | null }>();
  for (const ch of [...p.managementChanges].sort(
    (a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.id - b.id,
  )) {
    if (under(ch.gridCode) && ch.effectiveOn <= asOf) stateOf.set(ch.compoundId, ch);
  }
  const states = [...stateOf.entries()];
  const byMode: Record<string, number> = {};
  for (const [, s] of states) byMode[s.managementMode] = (byMode[s.managementMode] ?? 0) + 1;
  const inTerm = p.committees.filter(
    (k) => under(k.gridCode) && k.termStart <= asOf && asOf <= k.termEnd,
  );
  const termIds = new Set(inTerm.map((k) => k.id));
  const members = p.committeeMembers.filter((m) => termIds.has(m.committeeId));
  const d = new Date(`${asOf}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 3);
  const windowStart = d.toISOString().slice(0, 10);
  const partyCompany = new Set(
    p.companies.filter((c) => c.partyOrganizationId != null).map((c) => c.id),
  );
  const met = new Set(
    p.meetings.filter((m) => m.heldOn > windowStart && m.heldOn <= asOf).map((m) => m.compoundId),
  );
  const scores = p.evaluations
    .filter((e) => under(e.gridCode) && e.quarter === quarter)
    .map((e) => e.score);
  const month = asOf.slice(0, 7);
  const months = (from: string, to: string) =>
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5)) -
    Number(from.slice(5));
  const fromOf = new Map(p.compounds.map((c) => [c.id, c.disclosureFrom]));
  // 物业小区: compounds a property company serves (professional management) on asOf.
  const served = new Set(
    states.filter(([, s]) => s.managementMode === 'PROFESSIONAL').map(([id]) => id),
  );
  const committeeCompounds = new Set(inTerm.map((k) => k.compoundId));
  return {
    compounds: states.length,
    byMode,
    served: served.size,
    quasi: byMode.QUASI ?? 0,
    companies: new Set(states.map(([, s]) => s.companyId).filter((x) => x != null)).size,
    committeeCompounds: committeeCompounds.size,
    servedWithCommittee: [...committeeCompounds].filter((id) => served.has(id)).length,
    committeeMembers: members.length,
    party: members.filter((m) => m.partyMemberId != null).length,
    crossed: members.filter((m) => m.crossAppointed).length,
    red: states.filter(
      ([id, s]) => s.companyId != null && partyCompany.has(s.companyId) && met.has(id),
    ).length,
    evaluations: scores.length,
    average: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    due: p.compounds
      .filter((c) => under(c.gridCode) && c.disclosureFrom && c.disclosureFrom < month)
      .reduce((a, c) => a + months(c.disclosureFrom!, month), 0),
    published: p.disclosures.filter(
      (x) =>
        under(x.gridCode) &&
        x.revision === 0 &&
        x.month >= (fromOf.get(x.compoundId) ?? '9') &&
        x.month < month,
    ).length,
  };
}

const prefixes = () => {
  const c = h.city.property.compounds[0].gridCode;
  return [c.slice(0, 6), c.slice(0, 9), c.slice(0, 12), c, h.city.geography.cityCodes[0]];
};

describe('region property indicators', () => {
  test.each([
    ['2026-11-01', '2026Q3'],
    ['2022-06-30', '2026Q2'],
    ['2019-01-15', '2025Q4'],
  ])(
    'as of %s every indicator matches an independent count from the demo data, at every level',
    async (asOf, quarter) => {
      for (const prefix of prefixes()) {
        const body = await h.gql(QUERY, {
          r: [{ __typename: 'Region', code: prefix }],
          asOf,
          q: quarter,
        });
        expect(body.errors).toBeUndefined();
        const got = body.data._entities[0].propertyIndicators;
        const want = expected(h.city.property, prefix, asOf, quarter);
        expect(got.compounds).toBe(want.compounds);
        expect(
          Object.fromEntries(
            got.compoundsByMode.map((k: { key: string; count: number }) => [k.key, k.count]),
          ),
        ).toEqual(want.byMode);
        const share = (n: number, d: number) => (d ? n / d : null);
        // Baishan's 91%: served by a company; quasi-property beside it, not inside.
        expect(got.servedCompounds).toBe(want.served);
        expect(got.serviceCoverage).toBe(share(want.served, want.compounds));
        expect(got.quasiCompounds).toBe(want.quasi);
        expect(got.serviceCoverageWithQuasi).toBe(share(want.served + want.quasi, want.compounds));
        expect(got.companies).toBe(want.companies);
        // The unnamed city's 46%: over 物业小区, compounds a company serves.
        expect(got.committeeCompounds).toBe(want.committeeCompounds);
        expect(got.servedCompoundsWithCommittee).toBe(want.servedWithCommittee);
        expect(got.committeeCoverage).toBe(share(want.servedWithCommittee, want.served));
        expect(got.committeeCoverageOfAllCompounds).toBe(
          share(want.committeeCompounds, want.compounds),
        );
        expect([
          got.committeeMembers,
          got.partyCommitteeMembers,
          got.crossAppointedCommitteeMembers,
        ]).toEqual([want.committeeMembers, want.party, want.crossed]);
        expect(got.redProperties).toBe(want.red);
        expect(got.evaluations).toBe(want.evaluations);
        if (want.average == null) expect(got.averageEvaluationScore).toBeNull();
        else expect(got.averageEvaluationScore).toBeCloseTo(want.average, 6);
        expect([got.disclosureMonthsDue, got.disclosureMonthsPublished]).toEqual([
          want.due,
          want.published,
        ]);
      }
    },
  );

  test('the demo city has something to count: compounds, committees, scores and disclosures under the city', async () => {
    const city = h.city.geography.cityCodes[0];
    const body = await h.gql(QUERY, {
      r: [{ __typename: 'Region', code: city }],
      asOf: '2026-11-01',
      q: '2026Q3',
    });
    const got = body.data._entities[0].propertyIndicators;
    expect(got.compounds).toBe(h.city.property.compounds.length);
    expect(got.committeeCompounds).toBeGreaterThan(0);
    expect(got.servedCompoundsWithCommittee).toBeGreaterThan(0);
    expect(got.servedCompoundsWithCommittee).toBeLessThanOrEqual(got.committeeCompounds);
    expect(got.serviceCoverage).toBeLessThan(got.serviceCoverageWithQuasi);
    expect(got.evaluations).toBeGreaterThan(0);
    expect(got.disclosureMonthsPublished).toBeGreaterThan(0);
    expect(got.disclosureMonthsPublished).toBeLessThanOrEqual(got.disclosureMonthsDue);
  });

  test('coverage "as of" an early date counts the compounds before the campaign brought services in', async () => {
    const city = h.city.geography.cityCodes[0];
    const at = async (asOf: string) =>
      (await h.gql(QUERY, { r: [{ __typename: 'Region', code: city }], asOf })).data._entities[0]
        .propertyIndicators;
    const [before, now] = [await at('2019-12-31'), await at('2026-11-01')];
    expect(before.serviceCoverage).toBeLessThan(now.serviceCoverage);
  });

  test('indicators for many regions cost a fixed number of statements each, whatever the region size', async () => {
    const count = async (code: string) => {
      h.running.counter.reset();
      await h.gql(QUERY, { r: [{ __typename: 'Region', code }], asOf: '2026-11-01' });
      return h.running.counter.statements;
    };
    expect(await count(prefixes()[0])).toBe(await count(prefixes()[3]));
  });

  test('a malformed asOf is refused with BAD_USER_INPUT', async () => {
    const body = await h.gql(QUERY, {
      r: [{ __typename: 'Region', code: prefixes()[0] }],
      asOf: '2026-13-01',
    });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
