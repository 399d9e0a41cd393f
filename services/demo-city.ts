import { generateGeography, type DemoSize } from '../shared/demo/geography';
import type { DemoCityBase } from '../shared/demo/base';
import { demoNow } from '../shared/demo/clock';
import { PersonRegistry, type Person } from '../shared/demo/people';
import { Rng } from '../shared/demo/random';
import { generateGridDomain, type GridDemo } from './grid/demo';
import { generateParty, type PartyDemo } from './party/demo';
import { generateProperty, type PropertyDemo } from './property/demo';
import { generateVolunteer, type VolunteerDemo } from './volunteer/demo';
import { generateUrban, type UrbanDemo } from './urban/demo';

export interface DemoCity extends DemoCityBase {
  grid: GridDemo;
  party: PartyDemo;
  property: PropertyDemo;
  volunteer: VolunteerDemo;
  urban: UrbanDemo;
}

/**
 * The whole demo city, generated in memory in dependency order (party before the property and
 * volunteer data that reference it; property before the cases that name compounds). Each domain
 * draws from its own forked stream, so changing one domain does not reshuffle another; everyone
 * is one person of one registry. Deterministic for (size, seed, reference day); the day defaults
 * to today, so a city seeded today has today's open cases, this month's patrols and last quarter's scores.
 */
export function generateCity(
  size: DemoSize,
  seed: number,
  referenceDay: Date | string = new Date(),
): DemoCity {
  const base: DemoCityBase = {
    size,
    seed,
    now: demoNow(referenceDay),
    geography: generateGeography(size, seed),
    persons: [],
  };
  const rng = new Rng(seed);
  const people = new PersonRegistry(rng.fork('people'));
  const party = generateParty(base, people, rng.fork('party'));
  const property = generateProperty(base, people, party, rng.fork('property'));
  const volunteer = generateVolunteer(base, people, party, rng.fork('volunteer'));
  const grid = generateGridDomain(base, people, party, property, rng.fork('grid'));
  // Urban management (城管) needs the cases dispatched to it, so it comes last.
  const urban = generateUrban(base, people, grid, rng.fork('urban'));
  return { ...base, persons: people.persons, grid, party, property, volunteer, urban };
}

/** Everyone in the city, once, for a domain that links its own records to the city's people. */
export function cityPersons(city: DemoCityBase): readonly Person[] {
  return city.persons;
}
