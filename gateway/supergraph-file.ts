import { join } from 'node:path';
import { PROJECT_ROOT } from '../shared/paths';

/** The checked-in supergraph the gateway serves. */
export const SUPERGRAPH_FILE = join(PROJECT_ROOT, 'gateway', 'supergraph.graphql');

/**
 * The supergraph of the last release: `npm run check-subgraph` looks for breaking changes against it.
 * `npm run compose` never writes it, so compose-then-check still catches a breaking change;
 * `npm run release-baseline` copies the composed supergraph over it when a release ships.
 */
export const RELEASED_SUPERGRAPH_FILE = join(
  PROJECT_ROOT,
  'gateway',
  'supergraph.released.graphql',
);
