import { join } from 'node:path';

/** The checked-in supergraph, found from source (ts) and from dist (js) alike. */
export const SUPERGRAPH_FILE = join(__dirname, '..', '..', 'gateway', 'supergraph.graphql').replace(
  /\/dist\/gateway\/\.\.\/\.\.\//,
  '/',
);
