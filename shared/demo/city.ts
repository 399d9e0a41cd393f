import { generateGeography, type DemoSize, type Geography } from './geography';
import { Rng } from './random';
import { generateGridDomain, type GridDemo } from './grid';
import { generateParty, type PartyDemo } from './party';
import { generateProperty, type PropertyDemo } from './property';
import { generateVolunteer, type VolunteerDemo } from './volunteer';
import { generateUrban, type UrbanDemo } from './urban';

export interface DemoCity {
  size: DemoSize;
  seed: number;
  geography: Geography;
  grid: GridDemo;
  party: PartyDemo;
  property: PropertyDemo;
  volunteer: VolunteerDemo;
  urban: UrbanDemo;
}

/**
 * The whole demo city, generated in memory in dependency order (party before the property and
 * volunteer data that reference it; property before the cases that name compounds). Each domain
 * draws from its own forked stream, so changing one domain does not reshuffle another.
 */
export function generateCity(size: DemoSize, seed: number): DemoCity {
  const geography = generateGeography(size, seed);
  const rng = new Rng(seed);
  const party = generateParty(geography, rng.fork('party'));
  const property = generateProperty(geography, party, rng.fork('property'));
  const volunteer = generateVolunteer(geography, party, rng.fork('volunteer'));
  const grid = generateGridDomain(geography, property, rng.fork('grid'));
  // Urban management (城管) needs the cases dispatched to it, so it comes last.
  const urban = generateUrban(geography, grid, rng.fork('urban'));
  return { size, seed, geography, grid, party, property, volunteer, urban };
}
