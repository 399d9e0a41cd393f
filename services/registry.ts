import type { SubgraphModule } from '../shared/service';
import { gridService } from './grid/service';

/** Every subgraph in the supergraph, in composition order. A new subgraph adds one line here. */
export const SUBGRAPHS: SubgraphModule[] = [
  gridService,
];
