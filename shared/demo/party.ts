import type { Geography } from './geography';
import type { Rng } from './random';
import type { PartyDemoRefs } from './contracts';

// Placeholder until the party subgraph's generator lands.
export type PartyDemo = PartyDemoRefs;

export function generateParty(_geo: Geography, _rng: Rng): PartyDemo {
  return { organizations: [], members: [], units: [], enterpriseOrganizationIds: [] };
}
