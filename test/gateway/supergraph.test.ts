import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeSupergraph, defaultSubgraphUrl } from '../../gateway/compose';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { SUBGRAPHS } from '../../services/registry';
import { subgraphInfo } from '../../shared/subgraphs';

describe('the checked-in supergraph', () => {
  test('composes from the subgraphs without errors', async () => {
    const result = await composeSupergraph(SUBGRAPHS, (n) =>
      defaultSubgraphUrl(n, subgraphInfo(n).port),
    );
    expect(result.errors).toEqual([]);
    expect(result.supergraphSdl).toBeDefined();
  });

  test('is up to date with the subgraphs (run `npm run compose` when this fails)', async () => {
    const result = await composeSupergraph(SUBGRAPHS, (n) =>
      defaultSubgraphUrl(n, subgraphInfo(n).port),
    );
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(result.supergraphSdl);
  });

  test('joins every subgraph of the registry', () => {
    const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
    for (const s of SUBGRAPHS) expect(sdl).toContain(`@join__graph(name: "${s.name}"`);
  });

  test("refuses a subgraph that adds a non-null field to another subgraph's entity, saying why", async () => {
    const rogue = {
      ...SUBGRAPHS.find((m) => m.name === 'urban')!,
      name: 'health' as 'urban',
      entities: [],
      createSchema: async () =>
        buildSubgraphSchema(
          parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.12", import: ["@key"])
      type Region @key(fields: "code") { code: String! healthIndicators: Int! }
      type Query { healthHello: String }`),
        ),
    };
    const result = await composeSupergraph([...SUBGRAPHS, rogue], (n) =>
      defaultSubgraphUrl(n, 4999),
    );
    expect(result.supergraphSdl).toBeUndefined();
    expect(result.errors).toEqual([
      'PARTIAL_ANSWERS: health adds Region.healthIndicators: Int! to Region, which grid owns: make it nullable (Int), ' +
        'or when health is slow or down the whole Region comes back null instead of a partial answer',
    ]);
  });
});
