import type { SubgraphModule } from '../shared/service';
import { gridService } from './grid/service';
import { partyService } from './party/service';
import { volunteerService } from './volunteer/service';
import { propertyService } from './property/service';
import { urbanService } from './urban/service';
import { accountabilityService } from './accountability/service';

/** Every subgraph in the supergraph, in composition order. A new subgraph adds one line here. */
export const SUBGRAPHS: SubgraphModule[] = [
  gridService,
  partyService,
  volunteerService,
  propertyService,
  urbanService,
  accountabilityService,
];
