import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { composeSupergraph, defaultSubgraphUrl } from '../gateway/compose';
import { SUBGRAPHS } from '../services/registry';
import { subgraphInfo, SUBGRAPH_LIST } from '../shared/subgraphs';
import { PROJECT_ROOT } from '../shared/paths';
import { dockerComposeYaml } from './docker-compose';
import { join } from 'node:path';
import { SUPERGRAPH_FILE } from '../gateway/supergraph-file';

/** Writes gateway/supergraph.graphql from the subgraphs' SDL and docker-compose.yml from the light list; exits non-zero on composition errors. */
async function main() {
  const result = await composeSupergraph(SUBGRAPHS, (n) =>
    defaultSubgraphUrl(n, subgraphInfo(n).port),
  );
  for (const h of result.hints) console.log(`hint: ${h}`);
  if (!result.supergraphSdl) {
    console.error(`composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exit(1);
  }
  writeFileSync(SUPERGRAPH_FILE, result.supergraphSdl);
  console.log(`wrote ${SUPERGRAPH_FILE} (${SUBGRAPHS.map((s) => s.name).join(', ')})`);
  writeFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), dockerComposeYaml(SUBGRAPH_LIST));
  console.log('wrote docker-compose.yml');
}

void main();
