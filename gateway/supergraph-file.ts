import { join } from 'node:path';
import { PROJECT_ROOT } from '../shared/paths';

/** The checked-in supergraph the gateway serves. */
export const SUPERGRAPH_FILE = join(PROJECT_ROOT, 'gateway', 'supergraph.graphql');
