import type { Geography } from './geography';
import type { Rng } from './random';
import type { PartyDemoRefs } from './contracts';

// Placeholder until the volunteer subgraph's generator lands.
export type VolunteerDemo = Record<string, never>;

export function generateVolunteer(_geo: Geography, _party: PartyDemoRefs, _rng: Rng): VolunteerDemo {
  return {};
}
