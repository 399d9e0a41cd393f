import { generateCity } from '../../services/demo-city';
import { composeSupergraph } from '../../gateway/compose';
import { createGatewayServer } from '../../gateway/server';
import { createTokenVerifier } from '../../shared/auth/tokens';
import { gridService } from '../../services/grid/service';
import { propertyService } from '../../services/property/service';
import { createTestDb, type TestDb } from '../helpers/db';
import { TEST_GATEWAY_SECRET, TEST_JWT, bearer } from '../helpers/auth';
import { postGraphQL, startSubgraph, type RunningSubgraph } from '../helpers/subgraph';
import type { Listening } from '../../shared/http';

// grid + property behind the real gateway, composed here (the checked-in supergraph is regenerated separately).
const city = generateCity('demo', 20210104);
let db: TestDb;
let subgraphs: RunningSubgraph[];
let gateway: Listening;
let ask: (q: string, v?: Record<string, unknown>) => Promise<any>;

beforeAll(async () => {
  db = createTestDb();
  subgraphs = [
    await startSubgraph(gridService, db, city),
    await startSubgraph(propertyService, db, city),
  ];
  const urls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));
  const composed = await composeSupergraph([gridService, propertyService], (n) => urls[n]);
  expect(composed.errors).toEqual([]);
  gateway = await (
    await createGatewayServer({
      supergraphSdl: composed.supergraphSdl!,
      subgraphUrls: urls,
      gatewaySecret: TEST_GATEWAY_SECRET,
      verifyToken: await createTokenVerifier({ ...TEST_JWT, algorithm: 'HS256' }),
    })
  ).listen(0);
  const admin = await bearer('CITY_ADMIN', '');
  ask = async (q, v) => (await postGraphQL(gateway.url, q, v, admin)).body;
});
afterAll(async () => {
  await gateway?.close();
  for (const s of subgraphs ?? []) {
    await s.listening.close();
    await s.dataSource.destroy();
  }
  await db.drop(['grid', 'property']);
});

describe('property through the gateway', () => {
  test("a grid query shows its compounds with company, committee and latest evaluation beside the grid's own fields", async () => {
    const compound = city.property.compounds.find((c) => c.companyId != null)!;
    const body = await ask(
      `query($c: String!) { grid(code: $c) { name level compounds { id name company { name partyOrganization { id } }
      ownersCommittee { members { role partyMember { id } } } latestEvaluation { quarter score } lastPublishedMonth } } }`,
      { c: compound.gridCode },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.grid.level).toBe('BASIC');
    const shown = body.data.grid.compounds.find(
      (c: { id: string }) => Number(c.id) === compound.id,
    );
    expect(shown.company.name).toBe(
      city.property.companies.find((c) => c.id === compound.companyId)!.name,
    );
  });

  test('a case names its compound, which the property subgraph resolves', async () => {
    const c = city.grid.cases.find((x) => x.compoundId != null)!;
    const body = await ask(
      'query($id: ID!) { case(id: $id) { compound { id name managementMode } } }',
      { id: String(c.id) },
    );
    expect(body.errors).toBeUndefined();
    const compound = city.property.compounds.find((x) => x.id === c.compoundId)!;
    expect(body.data.case.compound).toEqual({
      id: String(compound.id),
      name: compound.name,
      managementMode: compound.managementMode,
    });
  });

  test('one region query gives the grid and property indicators together', async () => {
    const code = city.property.compounds[0].gridCode.slice(0, 9);
    const body = await ask(
      'query($c: String!) { region(code: $c) { name gridIndicators { grids } propertyIndicators(asOf: "2026-11-01") { compounds serviceCoverage } } }',
      { c: code },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.region.propertyIndicators.compounds).toBe(
      city.property.compounds.filter((c) => c.gridCode.startsWith(code)).length,
    );
  });
});
