import { generateCity } from '../../services/demo-city';
import { demoBase, registry } from '../helpers/demo-base';
import { generateGeography } from '../../shared/demo/geography';
import { generateVolunteer } from '../../services/volunteer/demo';
import { Rng } from '../../shared/demo/random';
import type { PartyDemoRefs } from '../../shared/demo/contracts';

const EMPTY_PARTY: PartyDemoRefs = {
  organizations: [],
  members: [],
  units: [],
  dualReports: [],
  enterpriseOrganizationIds: [],
};

/** A stand-in party of the seeds' size (~60,000 members, a third in service), so proportions can be checked whatever party.ts holds. */
function syntheticParty(geoSize: 'demo' | 'city'): PartyDemoRefs {
  const geo = generateGeography(geoSize, 3);
  const grids = geo.grids.filter((g) => g.level === 'BASIC');
  const rng = new Rng('party-stand-in');
  const n = geoSize === 'city' ? 60000 : 600;
  return {
    organizations: [],
    enterpriseOrganizationIds: [],
    dualReports: [],
    members: Array.from({ length: n }, (_, i) => ({
      id: i + 1,
      personId: i + 1,
      name: `党员${i}`,
      phone: `139${String(i).padStart(8, '0')}`,
      organizationId: 1,
      gridCode: rng.pick(grids).code,
      regionCode: '',
      joinedOn: '2000-01-01',
      status: rng.weighted([
        ['IN_SERVICE', 1],
        ['RETIRED', 1],
        ['RESIDENT', 1],
      ] as const),
    })),
    units: Array.from({ length: geoSize === 'city' ? 600 : 30 }, (_, i) => ({
      id: i + 1,
      name: `单位${i}`,
    })),
  };
}

describe('volunteer demo data', () => {
  test('the same seed gives the same volunteer data', () => {
    expect(generateCity('demo', 5).volunteer).toEqual(generateCity('demo', 5).volunteer);
    expect(generateCity('demo', 6).volunteer).not.toEqual(generateCity('demo', 5).volunteer);
  });

  test('a city follows the seeds: 309 teams, 68,900 volunteers, ~45,000 verified hours, ~10,000 wishes', () => {
    const geo = generateGeography('city', 3);
    const party = syntheticParty('city');
    const v = generateVolunteer(demoBase(geo), registry(), party, new Rng(3).fork('volunteer'));
    expect(v.teams).toHaveLength(309);
    expect(v.volunteers).toHaveLength(68900);
    const hours =
      v.participations.filter((p) => p.state === 'VERIFIED').reduce((a, p) => a + p.minutes!, 0) /
      60;
    expect(hours).toBeGreaterThan(40000);
    expect(hours).toBeLessThan(50000);
    expect(v.participations.length).toBeLessThan(20000);
    expect(v.wishes).toHaveLength(10000);
    const claimed = v.wishes.filter((w) => w.state !== 'OPEN').length / v.wishes.length;
    expect(claimed).toBeGreaterThan(0.85);
    const members = v.volunteers.filter((x) => x.partyMemberId != null);
    expect(members.length / v.volunteers.length).toBeCloseTo(0.2, 2);
    const statusOf = new Map(party.members.map((m) => [m.id, m.status]));
    // In-service members are preferred (党员帮客): well above their one-third share of the party.
    expect(
      members.filter((x) => statusOf.get(x.partyMemberId!) === 'IN_SERVICE').length /
        members.length,
    ).toBeGreaterThan(0.45);
    expect(new Set(members.map((x) => x.partyMemberId)).size).toBe(members.length);
  });

  test('without party data nobody is a party member and every wish stays open, but teams and hours are still there', () => {
    const v = generateVolunteer(
      demoBase(generateGeography('demo', 9)),
      registry(),
      EMPTY_PARTY,
      new Rng(9),
    );
    expect(v.volunteers.length).toBeGreaterThan(100);
    expect(v.volunteers.every((x) => x.partyMemberId === null)).toBe(true);
    expect(v.wishes.every((w) => w.state === 'OPEN' && w.claimantKind === null)).toBe(true);
    expect(v.pointsEntries.length).toBeGreaterThan(0);
  });

  test('every claimant and party member the demo names exists in the party data it was given', () => {
    const party = syntheticParty('demo');
    const v = generateVolunteer(
      demoBase(generateGeography('demo', 3)),
      registry(),
      party,
      new Rng(4),
    );
    const members = new Set(party.members.map((m) => m.id));
    const units = new Set(party.units.map((u) => u.id));
    for (const x of v.volunteers)
      if (x.partyMemberId != null) expect(members.has(x.partyMemberId)).toBe(true);
    for (const w of v.wishes) {
      if (w.claimantMemberId != null) expect(members.has(w.claimantMemberId)).toBe(true);
      if (w.claimantUnitId != null) expect(units.has(w.claimantUnitId)).toBe(true);
      expect((w.state === 'OPEN') === (w.claimantKind === null)).toBe(true);
    }
  });

  test('every balance is the sum of its ledger, never negative, and every row carries its place code', () => {
    const city = generateCity('demo', 8);
    const v = city.volunteer;
    const sums = new Map<number, number>();
    for (const e of v.pointsEntries)
      sums.set(e.volunteerId, (sums.get(e.volunteerId) ?? 0) + e.points);
    for (const b of v.balances) {
      expect(b.balance).toBe(sums.get(b.volunteerId) ?? 0);
      expect(b.balance).toBeGreaterThanOrEqual(0);
    }
    const communities = new Set(
      city.geography.regions.filter((r) => r.level === 'COMMUNITY').map((r) => r.code),
    );
    const grids = new Set(city.geography.grids.map((g) => g.code));
    for (const row of [
      ...v.teams,
      ...v.volunteers,
      ...v.memberships,
      ...v.activities,
      ...v.participations,
      ...v.pointsEntries,
      ...v.needs,
      ...v.resources,
      ...v.projects,
    ]) {
      expect(communities.has(row.regionCode)).toBe(true);
    }
    for (const w of v.wishes) expect(grids.has(w.gridCode)).toBe(true);
    for (const a of v.activities) expect(a.signedUp).toBeLessThanOrEqual(a.capacity);
  });
});
