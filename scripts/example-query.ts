import { generateCity } from '../services/demo-city';

/** The query `npm start` prints and the README shows: one grid, every subgraph's part of it. */
export const EXAMPLE_QUERY = `query GridPicture($code: String!) {
  grid(code: $code) {
    code name level households
    workers { name role }
    openCases { id title state dueAt overdue }
    partyBranch { name secretary members { name status centerHousehold } }
    compounds {
      name managementMode redProperty
      company { name partyOrganization { name } }
      ownersCommittee { termEnd members { name crossAppointed partyMember { name } } }
      latestEvaluation { quarter score }
      lastPublishedMonth
    }
    volunteerTeams { name category }
    openMicroWishes { title residentName }
  }
}`;

/** The demo grid where every subgraph has something to say (a branch, a compound, a team, a wish, an open case). */
export function exampleGridCode(size: 'demo' | 'city' | 'province', seed: number): string {
  const city = generateCity(size, seed);
  const has = (code: string) =>
    Number(city.party.organizations.some((o) => o.gridCode === code && o.level === 'GRID_BRANCH')) +
    Number(city.property.compounds.some((c) => c.gridCode === code)) +
    Number(city.volunteer.teams.some((t) => t.gridCode === code)) +
    Number(city.volunteer.wishes.some((w) => w.gridCode === code && w.state === 'OPEN')) +
    Number(city.grid.cases.some((c) => c.gridCode === code && !['CLOSED', 'RATED'].includes(c.state)));
  return city.geography.grids.filter((g) => g.level === 'BASIC').sort((a, b) => has(b.code) - has(a.code) || a.code.localeCompare(b.code))[0].code;
}
