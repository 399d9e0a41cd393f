import { generateGeography } from '../../shared/demo/geography';
import { demoBase, registry } from '../helpers/demo-base';
import { generateParty } from '../../services/party/demo';
import { Rng } from '../../shared/demo/random';

const SEED = 20210104;

describe('the party demo generator', () => {
  const geo = generateGeography('city', SEED);
  const p = generateParty(demoBase(geo), registry(), new Rng(SEED).fork('party'));
  const level = (l: string) => p.organizations.filter((o) => o.level === l);

  test('the same seed gives the same city', () => {
    const again = generateParty(demoBase(geo), registry(), new Rng(SEED).fork('party'));
    expect(again.members.length).toBe(p.members.length);
    expect(again.members[12345]).toEqual(p.members[12345]);
    expect(again.dualReports.at(-1)).toEqual(p.dualReports.at(-1));
  });

  test('ids run 1..N in generation order and every reference points at a row that exists', () => {
    for (const rows of [
      p.organizations,
      p.members,
      p.units,
      p.dualReports,
      p.alliances,
      p.stations,
    ]) {
      expect(rows.every((r, i) => r.id === i + 1)).toBe(true);
    }
    const orgIds = new Set(p.organizations.map((o) => o.id));
    expect(p.members.every((m) => orgIds.has(m.organizationId))).toBe(true);
    expect(
      p.enterpriseOrganizationIds.every((id) => p.organizations[id - 1].level === 'ENTERPRISE'),
    ).toBe(true);
    expect(
      p.dualReports.every((d) =>
        d.memberId ? p.members[d.memberId - 1].status === 'IN_SERVICE' : p.units[d.unitId! - 1],
      ),
    ).toBe(true);
  });

  test('the tree follows the seeds: a committee per city, district, street and community, branches on ~97.5% of basic grids', () => {
    const regions = (l: string) => geo.regions.filter((r) => r.level === l).length;
    expect(level('CITY_COMMITTEE')).toHaveLength(regions('CITY'));
    expect(level('DISTRICT_COMMITTEE')).toHaveLength(regions('DISTRICT'));
    expect(level('STREET_WORKING_COMMITTEE')).toHaveLength(regions('STREET'));
    expect(level('COMMUNITY_COMMITTEE')).toHaveLength(regions('COMMUNITY'));
    const branches = level('GRID_BRANCH').length;
    expect(branches).toBeGreaterThanOrEqual(1300);
    expect(branches).toBeLessThanOrEqual(1400);
    // Binzhou: 3,407 building groups for 1,423 branches.
    expect(level('BUILDING_GROUP').length / branches).toBeGreaterThan(2.2);
    expect(level('BUILDING_GROUP').length / branches).toBeLessThan(2.6);
    expect(p.enterpriseOrganizationIds.length).toBe(60);
    expect(level('JOINT_COMMITTEE').length).toBeGreaterThan(10);
    expect(level('INDUSTRY').length).toBeGreaterThan(2);
  });

  test("about 60,000 members, nearly all under grid management, with the unnamed city's 4.5 centre households a grid branch", () => {
    expect(p.members.length).toBeGreaterThan(55000);
    expect(p.members.length).toBeLessThan(66000);
    const managed = p.members.filter((m) => m.gridCode).length;
    expect(managed).toBeGreaterThan(57000);
    expect(managed).toBeLessThan(64000);
    const centre = p.members.filter((m) => m.centerHousehold).length;
    const branches = p.organizations.filter(
      (o) => o.level === 'GRID_BRANCH' && o.gridKind === 'RESIDENTIAL',
    ).length;
    // 1,444 centre households for 319 grid branches.
    expect(centre / branches).toBeCloseTo(1444 / 319, 1);
    expect(new Set(p.members.map((m) => m.status))).toEqual(
      new Set(['RESIDENT', 'IN_SERVICE', 'RETIRED']),
    );
  });

  test('stations cover 67.8% of basic grids; ~300 units report, and alliances hold ~8 units each', () => {
    const basics = geo.grids.filter((g) => g.level === 'BASIC').length;
    const stationGrids = new Set(
      p.stations.filter((s) => s.kind === 'STATION').map((s) => s.gridCode),
    ).size;
    expect(stationGrids / basics).toBeCloseTo(0.678, 2);
    expect(p.units).toHaveLength(300);
    expect(new Set(p.dualReports.filter((d) => d.unitId).map((d) => d.unitId)).size).toBe(300);
    expect(p.allianceMembers.length / p.alliances.length).toBeGreaterThan(6);
    expect(p.allianceMembers.length / p.alliances.length).toBeLessThan(10);
  });

  test('the demo size stays under a thousand members', () => {
    const demo = generateParty(
      demoBase(generateGeography('demo', SEED)),
      registry(),
      new Rng(SEED).fork('party'),
    );
    expect(demo.members.length).toBeGreaterThan(150);
    expect(demo.members.length).toBeLessThan(1000);
  });
});
