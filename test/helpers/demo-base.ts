import type { DemoCityBase } from '../../shared/demo/base';
import { demoNow } from '../../shared/demo/clock';
import type { Geography } from '../../shared/demo/geography';
import { PersonRegistry } from '../../shared/demo/people';
import { Rng } from '../../shared/demo/random';

/** The shared part of a demo city around a geography, for tests that run one domain's generator alone. */
export function demoBase(geography: Geography, day: string | Date = new Date()): DemoCityBase {
  return { size: geography.size, seed: geography.seed, now: demoNow(day), geography, persons: [] };
}

/** A fresh registry of the city's people for one generator run. */
export const registry = (seed: number | string = 'people'): PersonRegistry =>
  new PersonRegistry(new Rng(seed));
