import 'reflect-metadata';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { composeSupergraph, defaultSubgraphUrl } from '../gateway/compose';
import { SUBGRAPHS } from '../services/registry';
import { subgraphInfo, SUBGRAPH_LIST } from '../shared/subgraphs';
import { PROJECT_ROOT } from '../shared/paths';
import { dockerComposeYaml } from './docker-compose';
import { kubernetesFiles } from './k8s';
import { join } from 'node:path';
import { SUPERGRAPH_FILE } from '../gateway/supergraph-file';

/** Writes gateway/supergraph.graphql from the subgraphs' SDL, and docker-compose.yml and deploy/k8s/ from the light list; exits non-zero on composition errors. */
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
  // deploy/k8s/ holds exactly the generated manifests: a file of a subgraph that is gone goes too.
  const k8s = join(PROJECT_ROOT, 'deploy', 'k8s');
  mkdirSync(k8s, { recursive: true });
  const files = kubernetesFiles(SUBGRAPH_LIST);
  for (const f of readdirSync(k8s)) if (f.endsWith('.yaml') && !(f in files)) rmSync(join(k8s, f));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(k8s, f), text);
  console.log(`wrote deploy/k8s/ (${Object.keys(files).length} files)`);
}

void main();
