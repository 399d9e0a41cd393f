import { copyFileSync } from 'node:fs';
import { RELEASED_SUPERGRAPH_FILE, SUPERGRAPH_FILE } from '../gateway/supergraph-file';

/** At a release: the composed supergraph becomes the baseline `check-subgraph` measures breaking changes against. */
copyFileSync(SUPERGRAPH_FILE, RELEASED_SUPERGRAPH_FILE);
console.log(`released ${SUPERGRAPH_FILE} as ${RELEASED_SUPERGRAPH_FILE}`);
