import type { Geography, DemoSize } from './geography';
import type { Person } from './people';

/** What every domain's part of the demo city may rely on: the place, the clock and the people. */
export interface DemoCityBase {
  size: DemoSize;
  seed: number;
  /** The city's "now": 00:00 UTC of its reference day. */
  now: Date;
  geography: Geography;
  /** Everyone in the city, once: domains link to these by id and copy name and phone. */
  persons: Person[];
}
