import { readFileSync } from 'node:fs';
import {
  Kind,
  TypeInfo,
  buildASTSchema,
  parse,
  visit,
  visitWithTypeInfo,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { startCluster, type Cluster } from '../helpers/processes';
import { postGraphQL } from '../helpers/subgraph';
import { EXAMPLE_QUERY, exampleGridCode } from '../../scripts/example-query';
import { DASHBOARD_QUERY } from '../../scripts/dashboard-query';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { SERVICES } from '../../shared/subgraphs';

// Real processes, each one frozen in turn with SIGSTOP: a subgraph that hangs is the slow case, not the down one.
let cluster: Cluster;
let admin: Record<string, string>;
let analyst: Record<string, string>;
const code = exampleGridCode('demo', 20210104);

/** The subgraphs that answer each field of a type, read from the supergraph's @join__field. */
function fieldOwners(typeName: string): Record<string, string[]> {
  const type = parse(readFileSync(SUPERGRAPH_FILE, 'utf8')).definitions.find(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === typeName,
  )!;
  return Object.fromEntries(
    type.fields!.map((f) => [
      f.name.value,
      (f.directives ?? [])
        .filter((d) => d.name.value === 'join__field')
        .map((d) =>
          (
            d.arguments!.find((a) => a.name.value === 'graph')!.value as { value: string }
          ).value.toLowerCase(),
        ),
    ]),
  );
}
const gridOwners = fieldOwners('Grid');

/**
 * The subgraphs a query reaches: the one owner of each field it selects, read from @join__field. The README
 * example query is the grid picture and selects nothing of some subgraphs (urban, accountability): pausing
 * one of those must cost that query nothing, not a timeout.
 */
function subgraphsReachedBy(query: string): Set<string> {
  const schema = buildASTSchema(parse(readFileSync(SUPERGRAPH_FILE, 'utf8')), {
    assumeValidSDL: true,
  });
  const info = new TypeInfo(schema);
  const reached = new Set<string>();
  visit(
    parse(query),
    visitWithTypeInfo(info, {
      Field() {
        const graphs = (info.getFieldDef()?.astNode?.directives ?? [])
          .filter((d) => d.name.value === 'join__field')
          .map((d) =>
            (
              d.arguments!.find((a) => a.name.value === 'graph')!.value as { value: string }
            ).value.toLowerCase(),
          );
        if (graphs.length === 1) reached.add(graphs[0]);
      },
    }),
  );
  return reached;
}
const exampleReaches = subgraphsReachedBy(EXAMPLE_QUERY);
const regionOwners = fieldOwners('Region');

beforeAll(async () => {
  cluster = await startCluster({ extraEnv: { SUBGRAPH_TIMEOUT_MS: '1500' } });
  admin = { authorization: `Bearer ${await cluster.token('CITY_ADMIN', '220600')}` };
  analyst = { authorization: `Bearer ${await cluster.token('ANALYST', '220600')}` };
}, 180000);
afterAll(() => cluster.close(), 60000);

/** Every field of `obj` that another subgraph answers is there; the paused one's own fields are null. */
function expectAnsweredByOthers(
  obj: Record<string, unknown>,
  owners: Record<string, string[]>,
  paused: string,
) {
  for (const [field, value] of Object.entries(obj)) {
    const by = owners[field] ?? [];
    if (by.length === 1 && by[0] === paused)
      expect({ field, value }).toEqual({ field, value: null });
    else
      expect({ field, missing: value === null || value === undefined }).toEqual({
        field,
        missing: false,
      });
  }
}

test("the README example query reaches the grid picture's subgraphs, and only those", () => {
  expect([...exampleReaches].sort()).toEqual(['grid', 'party', 'property', 'volunteer']);
});

describe.each(SERVICES)('with the %s subgraph paused (SIGSTOP)', (paused) => {
  beforeAll(() => {
    cluster.procs[paused].child.kill('SIGSTOP');
  });
  afterAll(() => {
    cluster.procs[paused].child.kill('SIGCONT');
  });

  test('the README example query is answered for every other subgraph, with a timeout error naming the paused one', async () => {
    const r = await postGraphQL(cluster.gatewayUrl, EXAMPLE_QUERY, { code }, admin);
    expect(r.status).toBe(200);
    const named = (r.body.errors ?? []).map(
      (e: { extensions: { code: string; subgraph: string } }) =>
        `${e.extensions.code} ${e.extensions.subgraph}`,
    );
    expect([...new Set(named)]).toEqual(
      exampleReaches.has(paused) ? [`SUBGRAPH_TIMEOUT ${paused}`] : [],
    );
    // grid owns the root field: with grid frozen there is nothing to hang the others' fields on.
    if (paused === 'grid') expect(r.body.data).toEqual({ grid: null });
    else expectAnsweredByOthers(r.body.data.grid, gridOwners, paused);
  }, 60000);

  test('the README dashboard query is answered for every other subgraph, for the region and each child', async () => {
    const r = await postGraphQL(cluster.gatewayUrl, DASHBOARD_QUERY, { code: '220600' }, analyst);
    expect(r.status).toBe(200);
    const named = (r.body.errors ?? []).map(
      (e: { extensions: { code: string; subgraph: string } }) =>
        `${e.extensions.code} ${e.extensions.subgraph}`,
    );
    expect([...new Set(named)]).toEqual([`SUBGRAPH_TIMEOUT ${paused}`]);
    if (paused === 'grid') return expect(r.body.data).toEqual({ region: null });
    const { children, ...region } = r.body.data.region;
    expectAnsweredByOthers(region, regionOwners, paused);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) expectAnsweredByOthers(child, regionOwners, paused);
  }, 60000);
});
