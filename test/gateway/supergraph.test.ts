import { readFileSync } from 'node:fs';
import { composeSupergraph, defaultSubgraphUrl } from '../../gateway/compose';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { SUBGRAPHS } from '../../services/registry';
import { subgraphInfo } from '../../shared/subgraphs';

describe('the checked-in supergraph', () => {
  test('composes from the subgraphs without errors', async () => {
    const result = await composeSupergraph(SUBGRAPHS, (n) => defaultSubgraphUrl(n, subgraphInfo(n).port));
    expect(result.errors).toEqual([]);
    expect(result.supergraphSdl).toBeDefined();
  });

  test('is up to date with the subgraphs (run `npm run compose` when this fails)', async () => {
    const result = await composeSupergraph(SUBGRAPHS, (n) => defaultSubgraphUrl(n, subgraphInfo(n).port));
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(result.supergraphSdl);
  });

  test('joins every subgraph of the registry', () => {
    const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
    for (const s of SUBGRAPHS) expect(sdl).toContain(`@join__graph(name: "${s.name}"`);
  });
});
