import type { Geography } from './geography';
import type { Rng } from './random';
import type { PartyDemoRefs, PropertyDemoRefs } from './contracts';

// Placeholder until the property subgraph's generator lands.
export type PropertyDemo = PropertyDemoRefs;

export function generateProperty(_geo: Geography, _party: PartyDemoRefs, _rng: Rng): PropertyDemo {
  return { compounds: [] };
}
