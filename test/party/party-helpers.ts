import type { DemoCity } from '../../services/demo-city';
import { partyService } from '../../services/party/service';
import { startHarness, type Harness } from '../helpers/harness';
import type { RunningSubgraph } from '../helpers/subgraph';

export { codeOf } from '../helpers/harness';

/** The party subgraph on port 0 over a fresh database seeded with `city` (the shared harness). */
export interface RunningParty extends Harness {
  party: RunningSubgraph;
}

export async function startParty(city: DemoCity): Promise<RunningParty> {
  const h = await startHarness(partyService, { city });
  return { ...h, party: h.running };
}
