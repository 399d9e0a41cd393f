import { generateCity } from '../../services/demo-city';
import { startParty } from './party-helpers';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const p = city.party;
const run = forThisFile(() => startParty(city));

const FIELDS = `organizations organizationsByLevel { key count } members membersServing membersByStatus { key count } membersUnderGridManagement
  centerHouseholds basicGridsWithBranch basicGrids branchCoverage serviceStations serviceStationsByKind { key count } serviceFloorArea
  basicGridsWithStation stationCoverage dualReports dualReportsByTarget { key count } dualReportsByReporter { key count } dualReportingMembers alliances allianceMemberUnits`;

/** The prefix a region code stands for (a city 220600 covers 2206xx), computed here independently of the subgraph. */
const under = (code: string) => (s: string | null | undefined) =>
  !!s && s.startsWith(code.length === 6 ? code.replace(/(00)+$/, '') : code);
const tally = <T>(xs: T[], key: (x: T) => string) => {
  const m: Record<string, number> = {};
  for (const x of xs) m[key(x)] = (m[key(x)] ?? 0) + 1;
  return Object.entries(m)
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => a.key.localeCompare(b.key));
};

function expected(code: string) {
  const u = under(code);
  const basics = city.geography.grids.filter((g) => g.level === 'BASIC' && u(g.code));
  const orgs = p.organizations.filter((o) => u(o.regionCode));
  const members = p.members.filter((m) => u(m.regionCode));
  // The region's own members on its grids: never more than its members.
  const gridMembers = p.members.filter((m) => u(m.gridCode) && u(m.regionCode));
  const branchGrids = new Set(
    p.organizations
      .filter((o) => o.level === 'GRID_BRANCH' && o.gridKind === 'RESIDENTIAL' && u(o.gridCode))
      .map((o) => o.gridCode),
  );
  const stations = p.stations.filter((s) => u(s.regionCode));
  const stationGrids = new Set(
    p.stations.filter((s) => s.gridKind === 'RESIDENTIAL' && u(s.gridCode)).map((s) => s.gridCode),
  );
  const reports = p.dualReports.filter((d) => u(d.regionCode) && !d.endedOn);
  const alliances = p.alliances.filter((a) => u(a.regionCode));
  const dualReportingMembers = new Set(
    reports
      .filter((d) => d.memberId != null && !u(p.members[d.memberId - 1].regionCode))
      .map((d) => d.memberId),
  ).size;
  return {
    organizations: orgs.length,
    organizationsByLevel: tally(orgs, (o) => o.level),
    members: members.length,
    membersServing: members.length + dualReportingMembers,
    membersByStatus: tally(members, (m) => m.status),
    membersUnderGridManagement: gridMembers.length,
    centerHouseholds: gridMembers.filter((m) => m.centerHousehold).length,
    basicGridsWithBranch: branchGrids.size,
    basicGrids: basics.length,
    branchCoverage: branchGrids.size / basics.length,
    serviceStations: stations.length,
    serviceStationsByKind: tally(stations, (s) => s.kind),
    serviceFloorArea: stations.reduce((a, s) => a + s.floorArea, 0),
    basicGridsWithStation: stationGrids.size,
    stationCoverage: stationGrids.size / basics.length,
    dualReportingMembers,
    dualReports: reports.length,
    dualReportsByTarget: tally(reports, (d) => d.target),
    dualReportsByReporter: tally(reports, (d) => d.reporterKind),
    alliances: alliances.length,
    allianceMemberUnits: p.allianceMembers.filter((m) => u(m.regionCode)).length,
  };
}

/** What the gateway sends for @requires: the region with the grid subgraph's counts by level, here counted from the demo geography. */
function representation(code: string) {
  const u = under(code);
  const gridsByLevel = tally(
    city.geography.grids.filter((g) => u(g.code)),
    (g) => g.level,
  );
  return { __typename: 'Region', code, gridIndicators: { gridsByLevel } };
}

const sortKeys = (i: any) => ({
  ...i,
  organizationsByLevel: [...i.organizationsByLevel].sort((a: any, b: any) =>
    a.key.localeCompare(b.key),
  ),
});

describe('party indicators on Region', () => {
  const regions = () => {
    const r = city.geography.regions;
    return [
      r.find((x) => x.level === 'CITY')!,
      r.find((x) => x.level === 'DISTRICT')!,
      r.filter((x) => x.level === 'STREET')[1],
      r.filter((x) => x.level === 'COMMUNITY')[2],
    ];
  };

  test.each(['CITY', 'DISTRICT', 'STREET', 'COMMUNITY'])(
    'every indicator of a %s matches an independent count of the demo data',
    async (level) => {
      const region = regions().find((r) => r.level === level)!;
      const r = await run.gql(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code partyIndicators { ${FIELDS} } } } }`,
        { r: [representation(region.code)] },
      );
      expect(r.errors).toBeUndefined();
      const got = sortKeys(r.data._entities[0].partyIndicators);
      const want = expected(region.code);
      expect(want.members).toBeGreaterThan(0);
      expect(got).toEqual({
        ...want,
        branchCoverage: expect.closeTo(want.branchCoverage, 10),
        stationCoverage: expect.closeTo(want.stationCoverage, 10),
      });
    },
  );

  test("asked directly, without the grid subgraph's counts, the coverage ratios are null and the counts still hold", async () => {
    const code = regions()[0].code;
    const r = await run.gql(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { partyIndicators { basicGrids branchCoverage basicGridsWithBranch } } } }',
      { r: [{ __typename: 'Region', code }] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data._entities[0].partyIndicators).toEqual({
      basicGrids: null,
      branchCoverage: null,
      basicGridsWithBranch: expected(code).basicGridsWithBranch,
    });
  });

  test("the demo city follows the seeds: 2.4 groups a branch, the unnamed city's 4.5 centre households a grid branch, 67.8% station coverage", () => {
    const want = expected(regions()[0].code);
    const branches = p.organizations.filter((o) => o.level === 'GRID_BRANCH').length;
    const residential = p.organizations.filter(
      (o) => o.level === 'GRID_BRANCH' && o.gridKind === 'RESIDENTIAL',
    ).length;
    const groups = p.organizations.filter((o) => o.level === 'BUILDING_GROUP').length;
    expect(groups / branches).toBeGreaterThan(1.8);
    expect(groups / branches).toBeLessThan(3);
    // 1,444 centre households for 319 grid branches: 4.53 a branch.
    expect(want.centerHouseholds / residential).toBeGreaterThan(4);
    expect(want.centerHouseholds / residential).toBeLessThan(5);
    expect(want.stationCoverage).toBeCloseTo(0.678, 1);
    expect(want.branchCoverage).toBeGreaterThan(0.9);
  });
});
