import { generateCity } from '../../services/demo-city';
import { regionPrefix } from '../../shared/codes';
import { startVolunteerSubgraph } from './volunteer-harness';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const v = city.volunteer;
const h = forThisFile(() => startVolunteerSubgraph(city));

/** The indicators recomputed in JavaScript from the generated rows, independently of the SQL. */
function expected(code: string) {
  // Which codes lie under a region is definitional (a city 220600 covers 2206...), not the SQL under test.
  const prefix = regionPrefix(code);
  const under = (code: string | null) => code != null && code.startsWith(prefix);
  const count = <T>(rows: T[], key: (r: T) => string) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => ({ key, count: n }));
  };
  const teams = v.teams.filter((t) => under(t.regionCode));
  const volunteers = v.volunteers.filter((x) => under(x.regionCode));
  const wishes = v.wishes.filter((w) => under(w.gridCode));
  const needs = v.needs.filter((n) => under(n.regionCode));
  const entries = v.pointsEntries.filter((e) => under(e.regionCode));
  const points = (kind: string, rows = entries) =>
    rows.filter((e) => e.kind === kind).reduce((a, e) => a + e.points, 0);
  // The 30 days ending today (asOf omitted): from 00:00 UTC 29 days ago.
  const from = new Date(Date.parse(new Date().toISOString().slice(0, 10)) - 29 * 86400000);
  const recent = entries.filter((e) => e.createdAt >= from);
  const verified = v.participations.filter((p) => under(p.regionCode) && p.state === 'VERIFIED');
  return {
    teams: teams.length,
    teamsByCategory: count(teams, (t) => t.category),
    volunteers: volunteers.length,
    partyMemberVolunteers: volunteers.filter((x) => x.partyMemberId != null).length,
    verifiedHours: verified.reduce((a, p) => a + p.minutes!, 0) / 60,
    verifiedHoursLast30Days:
      verified.filter((p) => p.verifiedAt! >= from).reduce((a, p) => a + p.minutes!, 0) / 60,
    wishes: wishes.length,
    wishesByState: count(wishes, (w) => w.state),
    wishesClaimed: wishes.filter((w) => w.state !== 'OPEN').length,
    wishesFulfilled: wishes.filter((w) => w.state === 'FULFILLED' || w.state === 'CONFIRMED')
      .length,
    needsMatched: needs.filter((n) => v.projects.some((p) => p.needId === n.id)).length,
    needsUnmatched: needs.filter((n) => !v.projects.some((p) => p.needId === n.id)).length,
    pointsIssued: points('EARN'),
    pointsRedeemed: 0 - points('REDEEM'),
    pointsIssuedLast30Days: points('EARN', recent),
    pointsRedeemedLast30Days: 0 - points('REDEEM', recent),
    pointsCorrected: points('REVERSAL'),
    pointsOutstanding: v.balances
      .filter((b) => under(b.regionCode))
      .reduce((a, b) => a + b.balance, 0),
  };
}

const FIELDS = `teams teamsByCategory { key count } volunteers partyMemberVolunteers verifiedHours verifiedHoursLast30Days wishes wishesByState { key count }
  wishesClaimed wishesFulfilled needsMatched needsUnmatched pointsIssued pointsRedeemed pointsIssuedLast30Days pointsRedeemedLast30Days
  pointsCorrected pointsOutstanding`;

describe('Region.volunteerIndicators, computed in SQL by code prefix', () => {
  const regions = city.geography.regions.filter((r, i) => r.level !== 'COMMUNITY' || i % 3 === 0);

  test('every indicator of the city, its districts, streets and communities equals an independent count of the demo data', async () => {
    const data = await h.ok(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code volunteerIndicators { ${FIELDS} } } } }`,
      { r: regions.map((r) => ({ __typename: 'Region', code: r.code })) },
    );
    data._entities.forEach((e: any, i: number) => {
      expect({ code: e.code, ...e.volunteerIndicators }).toEqual({
        code: regions[i].code,
        ...expected(regions[i].code),
      });
    });
    const cityWide = data._entities[0].volunteerIndicators;
    expect(cityWide.teams).toBe(v.teams.length);
    expect(cityWide.volunteers).toBe(v.volunteers.length);
  });

  test('the demo city is not empty, so the comparison above means something', () => {
    const all = expected(city.geography.cityCodes[0]);
    expect(all.teams).toBeGreaterThan(5);
    expect(all.volunteers).toBeGreaterThan(100);
    expect(all.verifiedHours).toBeGreaterThan(100);
    expect(all.wishes).toBeGreaterThan(20);
    expect(all.needsMatched + all.needsUnmatched).toBeGreaterThan(10);
    expect(all.pointsIssued).toBeGreaterThan(0);
    expect(all.verifiedHoursLast30Days).toBeGreaterThan(0);
    expect(all.verifiedHoursLast30Days).toBeLessThan(all.verifiedHours);
    expect(all.pointsIssuedLast30Days).toBeGreaterThan(0);
  });

  test("one region's indicators cost six statements, however much data lies under it", async () => {
    h.running.counter.reset();
    await h.ok(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { volunteerIndicators { teams } } } }`,
      { r: [{ __typename: 'Region', code: city.geography.cityCodes[0] }] },
    );
    expect(h.running.counter.statements).toBe(6);
  });
});
