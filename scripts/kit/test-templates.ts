import type { KitNames } from './names';

/** The new subgraph's own tests: drift, composition, batching, a prefix indicator, the gateway proof. */
export function testFiles(n: KitNames): Record<string, string> {
  const d = `test/${n.name}`;
  return {
    [`${d}/${n.name}-composition.test.ts`]: `import { readFileSync } from 'node:fs';
import { composeSupergraph } from '../../gateway/compose';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { SUBGRAPHS } from '../../services/registry';
import { ${n.name}Service } from '../../services/${n.name}/service';

describe('the ${n.name} subgraph in the supergraph', () => {
  test('composes with the subgraphs of the checked-in supergraph', async () => {
    const joined = [...readFileSync(SUPERGRAPH_FILE, 'utf8').matchAll(/@join__graph\\(name: "([^"]+)"/g)].map((m) => m[1]);
    const others = SUBGRAPHS.filter((m) => joined.includes(m.name) && m.name !== '${n.name}');
    const result = await composeSupergraph([...others, ${n.name}Service], (name) => \`http://127.0.0.1:4000/\${name}\`);
    expect(result.errors).toEqual([]);
    expect(result.supergraphSdl).toContain('@join__graph(name: "${n.name}"');
  });

  test('is registered, so npm run compose and npm start include it', () => {
    expect(SUBGRAPHS.map((m) => m.name)).toContain('${n.name}');
  });
});
`,
    [`${d}/${n.name}-subgraph.test.ts`]: `import { generateCity } from '../../services/demo-city';
import { ${n.name}Service } from '../../services/${n.name}/service';
import { demo${n.Pascal}Rows } from '../../services/${n.name}/seed';
import { ${n.Cls} } from '../../services/${n.name}/${n.entity}/${n.entity}.entity';
import { createTestDb, type TestDb } from '../helpers/db';
import { postGraphQL, startSubgraph, type RunningSubgraph } from '../helpers/stack';
import { proofHeader } from '../helpers/auth';
import { signProof } from '../../shared/auth/gateway-proof';

const city = generateCity('demo', 11);
const rows = demo${n.Pascal}Rows(city);
let db: TestDb;
let sub: RunningSubgraph;

beforeAll(async () => {
  db = createTestDb();
  sub = await startSubgraph(${n.name}Service, db, city);
});
afterAll(async () => {
  await sub.listening.close();
  await sub.dataSource.destroy();
  await db.drop(['${n.name}']);
});

describe('the ${n.name} subgraph', () => {
  test('migrations leave no difference between the entities and the database schema', async () => {
    const sql = await sub.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  test('_entities answers 50 Grid and 50 ${n.Cls} representations with one statement per loader', async () => {
    const grids = [...new Set(rows.map((r) => r.gridCode))].slice(0, 50);
    const ids = rows.slice(0, 50).map((r) => String(r.id));
    const reps = [...grids.map((code) => ({ __typename: 'Grid', code })), ...ids.map((id) => ({ __typename: '${n.Cls}', id }))];
    sub.counter.reset();
    const { body } = await postGraphQL(sub.url, \`query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Grid { code ${n.clsPlural} { id } } ... on ${n.Cls} { id gridCode } } }\`, { r: reps });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities.slice(0, grids.length).map((e: { code: string }) => e.code)).toEqual(grids);
    expect(body.data._entities.slice(grids.length).map((e: { id: string }) => e.id)).toEqual(ids);
    expect(sub.counter.statements).toBe(2);
  });

  test('a region indicator counts the rows under the region code prefix, in SQL', async () => {
    const street = rows[0].gridCode.slice(0, 9);
    const { body } = await postGraphQL(sub.url, \`query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Region { code ${n.name}Indicators { ${n.entityPlural} gridsCovered } } } }\`,
    { r: [{ __typename: 'Region', code: street }, { __typename: 'Region', code: '220600' }] });
    expect(body.errors).toBeUndefined();
    const under = rows.filter((r) => r.gridCode.startsWith(street));
    expect(body.data._entities[0].${n.name}Indicators).toEqual({ ${n.entityPlural}: under.length, gridsCovered: new Set(under.map((r) => r.gridCode)).size });
    expect(body.data._entities[1].${n.name}Indicators.${n.entityPlural}).toBe(rows.length);
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

  test('creating a row on a grid outside the caller\\'s jurisdiction is refused with FORBIDDEN and writes nothing', async () => {
    const inside = rows[0].gridCode;
    const outside = rows.find((r) => !r.gridCode.startsWith(inside.slice(0, 9)))!.gridCode;
    const before = await sub.dataSource.getRepository(${n.Cls}).count();
    const headers = await proofHeader({ sub: 't', role: 'STREET_STAFF', regionPrefix: inside.slice(0, 9) });
    const mutation = 'mutation($g: GridCode!) { create${n.Cls}(input: { gridCode: $g, label: "x" }) { id gridCode } }';
    const refused = await postGraphQL(sub.url, mutation, { g: outside }, headers);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await sub.dataSource.getRepository(${n.Cls}).count()).toBe(before);
    const made = await postGraphQL(sub.url, mutation, { g: inside }, headers);
    expect(made.body.data.create${n.Cls}.gridCode).toBe(inside);
  });
});
`,
  };
}
