import type { SubgraphModule } from '../shared/service';
import { SUBGRAPH_LIST } from '../shared/subgraphs';

/** The manifest of one subgraph of the light list: `services/<name>/service.ts` exports `<name>Service`. */
function manifestOf(name: string): SubgraphModule {
  // The light list names the folders: no list of imports to keep in step.
  const mod = require(`./${name}/service`) as Record<string, SubgraphModule | undefined>;
  const found = mod[`${name}Service`];
  if (!found || found.name !== name)
    throw new Error(
      `services/${name}/service.ts must export ${name}Service = defineSubgraph({ name: '${name}', ... })`,
    );
  return found;
}

/** Every subgraph in the supergraph, in the light list's order (shared/subgraphs.ts); nothing to add here. */
export const SUBGRAPHS: SubgraphModule[] = SUBGRAPH_LIST.map((s) => manifestOf(s.name));
