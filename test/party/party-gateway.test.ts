import { generateCity } from '../../services/demo-city';
import { composeSupergraph } from '../../gateway/compose';
import { createGatewayServer } from '../../gateway/server';
import { gridService } from '../../services/grid/service';
import { partyService } from '../../services/party/service';
import type { Listening } from '../../shared/http';
import { createTokenVerifier } from '../../shared/auth/tokens';
import { createTestDb, type TestDb } from '../helpers/db';
import { TEST_GATEWAY_SECRET, TEST_JWT, bearer } from '../helpers/auth';
import { postGraphQL, startSubgraph, type RunningSubgraph } from '../helpers/subgraph';

const city = generateCity('demo', 20210104);
const p = city.party;
let db: TestDb;
let grid: RunningSubgraph;
let party: RunningSubgraph;
let gateway: Listening;
// Every call here is a whole-city administrator's: the gateway's auth is tested elsewhere.
const query = async (q: string, v?: Record<string, unknown>) =>
  (await postGraphQL(gateway.url, q, v, await bearer('CITY_ADMIN', ''))).body;

// The checked-in supergraph belongs to the whole team; this suite composes grid + party itself.
beforeAll(async () => {
  db = createTestDb();
  grid = await startSubgraph(gridService, db, city);
  party = await startSubgraph(partyService, db, city);
  const composed = await composeSupergraph(
    [gridService, partyService],
    (n) => `http://127.0.0.1/${n}`,
  );
  expect(composed.errors).toEqual([]);
  const server = await createGatewayServer({
    supergraphSdl: composed.supergraphSdl!,
    subgraphUrls: { grid: grid.url, party: party.url },
    gatewaySecret: TEST_GATEWAY_SECRET,
    verifyToken: await createTokenVerifier({ ...TEST_JWT, algorithm: 'HS256' }),
  });
  gateway = await server.listen(0);
});
afterAll(async () => {
  await gateway.close();
  for (const s of [grid, party]) {
    await s.listening.close();
    await s.dataSource.destroy();
  }
  await db.drop(['grid', 'party']);
});

describe('party through the gateway', () => {
  test('a grid query shows its workers beside its branch, groups, centre households and who reported to it', async () => {
    const code =
      p.organizations.find(
        (o) =>
          o.level === 'GRID_BRANCH' &&
          p.dualReports.some((d) => d.gridCode === o.gridCode && !d.endedOn) &&
          p.members.some((m) => m.gridCode === o.gridCode && m.centerHousehold),
      )?.gridCode ?? p.organizations.find((o) => o.level === 'GRID_BRANCH')!.gridCode!;
    const r = await query(
      `query($c: String!) { grid(code: $c) { name level workers { role }
      partyBranch { name members { id } region { name } } buildingGroups { buildingLabel grid { name } }
      centerHouseholds { id } reportedMembers { member { id } offers } reportedUnits { unit { name } offers } } }`,
      { c: code },
    );
    expect(r.errors).toBeUndefined();
    const g = r.data.grid;
    const geo = city.geography.grids.find((x) => x.code === code)!;
    expect(g.name).toBe(geo.name);
    expect(g.partyBranch.name).toBe(
      p.organizations.find((o) => o.level === 'GRID_BRANCH' && o.gridCode === code)!.name,
    );
    expect(g.partyBranch.region.name).toBe(
      city.geography.regions.find((x) => x.code === geo.regionCode)!.name,
    );
    expect(g.buildingGroups.length).toBe(
      p.organizations.filter((o) => o.level === 'BUILDING_GROUP' && o.gridCode === code).length,
    );
    g.buildingGroups.forEach((b: { grid: { name: string } }) => expect(b.grid.name).toBe(geo.name));
    expect(g.centerHouseholds.length).toBe(
      p.members.filter((m) => m.gridCode === code && m.centerHousehold).length,
    );
    const standing = p.dualReports.filter((d) => d.gridCode === code && !d.endedOn);
    expect(g.reportedMembers.length + g.reportedUnits.length).toBe(standing.length);
  });

  test.each(['CITY', 'DISTRICT'])(
    "a %s query shows the party indicators beside the grid subgraph's, with coverage over its basic grids",
    async (level) => {
      const district = city.geography.regions.find((r) => r.level === level)!;
      const prefix = district.code.replace(/(00)+$/, '');
      const r = await query(
        `query($c: String!) { region(code: $c) { name gridIndicators { grids gridsByLevel { key count } }
      partyIndicators { organizations basicGrids basicGridsWithBranch branchCoverage stationCoverage centerHouseholds dualReports } } }`,
        { c: district.code },
      );
      expect(r.errors).toBeUndefined();
      const basics = city.geography.grids.filter(
        (g) => g.level === 'BASIC' && g.code.startsWith(prefix),
      );
      const withBranch = new Set(
        p.organizations
          .filter(
            (o) =>
              o.level === 'GRID_BRANCH' &&
              o.gridKind === 'RESIDENTIAL' &&
              o.gridCode!.startsWith(prefix),
          )
          .map((o) => o.gridCode),
      );
      expect(r.data.region.name).toBe(district.name);
      expect(r.data.region.partyIndicators).toMatchObject({
        basicGrids: basics.length,
        basicGridsWithBranch: withBranch.size,
      });
      expect(r.data.region.partyIndicators.branchCoverage).toBeCloseTo(
        withBranch.size / basics.length,
        10,
      );
    },
  );

  test('a party member referenced from a grid query resolves its organisation chain across subgraphs', async () => {
    const m = p.members.find((x) => x.centerHousehold)!;
    const r = await query(
      'query($id: ID!) { partyMember(id: $id) { centerHousehold grid { name workers { role } } organization { ancestors { level } } } }',
      { id: m.id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.partyMember.grid.name).toBe(
      city.geography.grids.find((g) => g.code === m.gridCode)!.name,
    );
    expect(r.data.partyMember.organization.ancestors[0].level).toBe('CITY_COMMITTEE');
  });
});
