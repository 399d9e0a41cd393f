import { generateCity } from '../../shared/demo/city';
import { accountabilityService } from '../../services/accountability/service';
import { demoAccountabilityRows } from '../../services/accountability/seed';
import { AccountabilityProject } from '../../services/accountability/project/project.entity';
import { createTestDb, type TestDb } from '../helpers/db';
import { postGraphQL, startSubgraph, type RunningSubgraph } from '../helpers/stack';
import { proofHeader } from '../helpers/auth';
import { signProof } from '../../shared/auth/gateway-proof';

const city = generateCity('demo', 11);
const rows = demoAccountabilityRows(city);
let db: TestDb;
let sub: RunningSubgraph;

beforeAll(async () => {
  db = createTestDb();
  sub = await startSubgraph(accountabilityService, db, city);
});
afterAll(async () => {
  await sub.listening.close();
  await sub.dataSource.destroy();
  await db.drop(['accountability']);
});

describe('the accountability subgraph', () => {
  test('migrations leave no difference between the entities and the database schema', async () => {
    const sql = await sub.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  test('_entities answers 50 Grid and 50 AccountabilityProject representations with one statement per loader', async () => {
    const grids = [...new Set(rows.map((r) => r.gridCode))].slice(0, 50);
    const ids = rows.slice(0, 50).map((r) => String(r.id));
    const reps = [...grids.map((code) => ({ __typename: 'Grid', code })), ...ids.map((id) => ({ __typename: 'AccountabilityProject', id }))];
    sub.counter.reset();
    const { body } = await postGraphQL(sub.url, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Grid { code accountabilityProjects { id } } ... on AccountabilityProject { id gridCode } } }`, { r: reps });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities.slice(0, grids.length).map((e: { code: string }) => e.code)).toEqual(grids);
    expect(body.data._entities.slice(grids.length).map((e: { id: string }) => e.id)).toEqual(ids);
    expect(sub.counter.statements).toBe(2);
  });

  test('a region indicator counts the rows under the region code prefix, in SQL', async () => {
    const street = rows[0].gridCode.slice(0, 9);
    const { body } = await postGraphQL(sub.url, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Region { code accountabilityIndicators { projects gridsCovered } } } }`,
    { r: [{ __typename: 'Region', code: street }, { __typename: 'Region', code: '220600' }] });
    expect(body.errors).toBeUndefined();
    const under = rows.filter((r) => r.gridCode.startsWith(street));
    expect(body.data._entities[0].accountabilityIndicators).toEqual({ projects: under.length, gridsCovered: new Set(under.map((r) => r.gridCode)).size });
    expect(body.data._entities[1].accountabilityIndicators.projects).toBe(rows.length);
  });

  test('a request without the gateway proof, or with a proof signed by another secret, is refused with 401 UNAUTHENTICATED', async () => {
    const bare = await postGraphQL(sub.url, '{ __typename }', {}, {}, { proof: false });
    const forged = await postGraphQL(sub.url, '{ __typename }', {}, {
      'x-gateway-proof': await signProof('another-secret-that-is-32-chars-long!', { sub: 'x', role: 'SERVICE', regionPrefix: '' }),
    });
    for (const r of [bare, forged]) {
      expect(r.status).toBe(401);
      expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  test('creating a row on a grid outside the caller\'s jurisdiction is refused with FORBIDDEN and writes nothing', async () => {
    const inside = rows[0].gridCode;
    const outside = rows.find((r) => !r.gridCode.startsWith(inside.slice(0, 9)))!.gridCode;
    const before = await sub.dataSource.getRepository(AccountabilityProject).count();
    const headers = await proofHeader({ sub: 't', role: 'STREET_STAFF', regionPrefix: inside.slice(0, 9) });
    const mutation = 'mutation($g: String!) { createAccountabilityProject(input: { gridCode: $g, label: "x" }) { id gridCode } }';
    const refused = await postGraphQL(sub.url, mutation, { g: outside }, headers);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await sub.dataSource.getRepository(AccountabilityProject).count()).toBe(before);
    const made = await postGraphQL(sub.url, mutation, { g: inside }, headers);
    expect(made.body.data.createAccountabilityProject.gridCode).toBe(inside);
  });
});
