import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse, print, visit } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { generateCity } from '../../services/demo-city';
import { urbanService } from '../../services/urban/service';
import { main } from '../../scripts/check-subgraph';
import { runCheck } from '../../scripts/check/run';
import { composeSupergraph } from '../../gateway/compose';
import { SUBGRAPHS } from '../../services/registry';
import { createTestDb, type TestDb } from '../helpers/db';
import { startSubgraph, type RunningSubgraph } from '../helpers/subgraph';
import { TEST_GATEWAY_SECRET } from '../helpers/auth';

const dir = mkdtempSync(join(tmpdir(), 'grids-check-'));
let urbanSdl: string;
let db: TestDb;
let urban: RunningSubgraph;

beforeAll(async () => {
  urbanSdl = printSubgraphSchema(await urbanService.createSchema());
  db = createTestDb();
  urban = await startSubgraph(urbanService, db, generateCity('demo', 20210104));
});
afterAll(async () => {
  await urban.listening.close();
  await urban.dataSource.destroy();
  await db.drop(['urban']);
  rmSync(dir, { recursive: true, force: true });
});

async function check(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (s) => {
      out += `${s}\n`;
    },
    err: (s) => {
      err += `${s}\n`;
    },
    env: { GATEWAY_SECRET: TEST_GATEWAY_SECRET },
  });
  return { code, out, err };
}
const file = (name: string, sdl: string) => {
  writeFileSync(join(dir, name), sdl);
  return join(dir, name);
};

/** The urban SDL without one field of one type. */
function sdlWithout(type: string, field: string): string {
  return print(
    visit(parse(urbanSdl), {
      FieldDefinition: (node, _k, _p, _path, ancestors) => {
        const owner = ancestors[ancestors.length - 1] as { kind: string; name?: { value: string } };
        return owner.kind === Kind.OBJECT_TYPE_DEFINITION &&
          owner.name?.value === type &&
          node.name.value === field
          ? null
          : undefined;
      },
    }),
  );
}

describe('npm run check-subgraph', () => {
  test('accepts the urban-management subgraph given as an SDL file', async () => {
    const r = await check(file('urban.graphql', urbanSdl));
    expect(r.out).toContain('一、组合 Composition ... 通过 PASS');
    expect(r.out).toContain(
      '二、破坏性变更 Breaking changes against the released supergraph ... 通过 PASS',
    );
    expect(r.out).toContain('三、实体解析 Entity resolution (_entities) ... 跳过 SKIPPED');
    expect(r.out).toContain('结论 Result: 通过 PASS');
    expect(r.code).toBe(0);
  });

  test('accepts the urban-management subgraph running on a port, resolving every entity key and refusing requests without the proof', async () => {
    const r = await check(urban.url, '--name', 'urban');
    for (const type of ['Grid', 'Region', 'Case', 'UrbanComponent', 'Inspection'])
      expect(r.out).toMatch(new RegExp(`✓ \\{"__typename":"${type}",[^\\n]*→ ${type}`));
    expect(r.out).toContain('✓ no proof: HTTP 401 UNAUTHENTICATED');
    expect(r.out).toContain('✓ a proof signed with another secret: HTTP 401 UNAUTHENTICATED');
    expect(r.out).toContain('结论 Result: 通过 PASS');
    expect(r.code).toBe(0);
  });

  test('rejects a candidate whose Grid key conflicts with the grid subgraph, with the composition errors in the report', async () => {
    const r = await check(
      file(
        'rogue.graphql',
        `extend schema @link(url: "https://specs.apollo.dev/federation/v2.12", import: ["@key"])
      type Grid @key(fields: "code") { code: Int! name: Int }
      type Query { rogueHello: String }`,
      ),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('一、组合 Composition ... 未通过 FAIL');
    expect(r.out).toMatch(/✗ \[FIELD_TYPE_MISMATCH\] Type of field "Grid\.code" is incompatible/);
    expect(r.out).toMatch(/✗ \[INVALID_FIELD_SHARING\] Non-shareable field "Grid\.name"/);
    expect(r.out).toContain('composition failed, so there is no new API schema to compare');
    expect(r.out).toMatch(/结论 Result: 未通过 FAIL \(\d+ problems\)/);
  });

  test('rejects a new version of the urban subgraph that removes a field clients use, naming the field', async () => {
    const r = await check(
      file('urban-next.graphql', sdlWithout('UrbanComponent', 'locationLabel')),
      '--name',
      'urban',
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('一、组合 Composition ... 通过 PASS');
    expect(r.out).toContain(
      "✗ Field 'locationLabel' was removed from object type 'UrbanComponent' (UrbanComponent.locationLabel)",
    );
    expect(r.out).toContain('结论 Result: 未通过 FAIL (1 problem)');
  });

  test('refuses a candidate that adds a non-null field to Grid, saying it would cost partial answers', async () => {
    const r = await check(
      file(
        'health.graphql',
        `extend schema @link(url: "https://specs.apollo.dev/federation/v2.12", import: ["@key"])
      type Grid @key(fields: "code") { code: String! clinics: [String!]! }
      type Query { healthHello: String }`,
      ),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '✗ [PARTIAL_ANSWERS] health adds Grid.clinics: [String!]! to Grid, which grid owns: make it nullable ([String!])',
    );
    expect(r.out).toContain('the whole Grid comes back null instead of a partial answer');
  });

  test('still catches a breaking change after compose has rewritten the checked-in supergraph (compose, then check)', async () => {
    const without = sdlWithout('UrbanComponent', 'locationLabel');
    // What `npm run compose` would write with the candidate in: the checked-in file then agrees with it.
    const mods = SUBGRAPHS.map((m) =>
      m.name === 'urban'
        ? {
            ...m,
            createSchema: async () =>
              (await import('@apollo/subgraph')).buildSubgraphSchema(parse(without)),
          }
        : m,
    );
    const composed = await composeSupergraph(mods, (n) => `http://127.0.0.1/${n}`);
    const rewritten = file('supergraph-after-compose.graphql', composed.supergraphSdl!);
    const demo = { gridCode: '220602002001002', regionCode: '220600' };
    const source = file('urban-next2.graphql', without);
    const report = await runCheck({
      source,
      name: 'urban',
      demo,
      modules: SUBGRAPHS,
      supergraphFile: rewritten,
    });
    expect(report.changes?.filter((c) => c.breaking).map((c) => c.path)).toEqual([
      'UrbanComponent.locationLabel',
    ]);
    expect(report.ok).toBe(false);
    // Against the file compose rewrote, the same change would have passed: that is why the baseline is the released one.
    const againstRewritten = await runCheck({
      source,
      name: 'urban',
      demo,
      modules: SUBGRAPHS,
      supergraphFile: rewritten,
      baselineFile: rewritten,
    });
    expect(againstRewritten.ok).toBe(true);
  });

  test('asks for --name when given a URL without one, and exits 2', async () => {
    const r = await check(urban.url);
    expect(r.code).toBe(2);
    expect(r.err).toContain('a subgraph name is needed: pass --name <name>');
  });
});
