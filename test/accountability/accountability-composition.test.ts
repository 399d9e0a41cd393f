import { readFileSync } from 'node:fs';
import { composeSupergraph } from '../../gateway/compose';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { SUBGRAPHS } from '../../services/registry';
import { accountabilityService } from '../../services/accountability/service';

describe('the accountability subgraph in the supergraph', () => {
  test('composes with the subgraphs of the checked-in supergraph', async () => {
    const joined = [
      ...readFileSync(SUPERGRAPH_FILE, 'utf8').matchAll(/@join__graph\(name: "([^"]+)"/g),
    ].map((m) => m[1]);
    const others = SUBGRAPHS.filter((m) => joined.includes(m.name) && m.name !== 'accountability');
    const result = await composeSupergraph(
      [...others, accountabilityService],
      (name) => `http://127.0.0.1:4000/${name}`,
    );
    expect(result.errors).toEqual([]);
    expect(result.supergraphSdl).toContain('@join__graph(name: "accountability"');
  });

  test('is registered, so npm run compose and npm start include it', () => {
    expect(SUBGRAPHS.map((m) => m.name)).toContain('accountability');
  });
});
