import { generateCity, type DemoCity } from '../services/demo-city';

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

/**
 * The demo grid where every subgraph has something to say (a branch, a compound, a team, a wish, an open case).
 * A demo city need not have a grid with all five: the standing things (a branch, a compound, a team) count
 * before the passing ones (an open wish, an open case), which come and go with the city's clock, so the
 * pick shows a compound and a team whenever some grid has both.
 */
export function exampleGridCode(size: 'demo' | 'city' | 'province', seed: number): string {
  return exampleGridOf(generateCity(size, seed));
}

/** The same pick over a city already generated: one pass over each list, not one per comparison. */
export function exampleGridOf(city: DemoCity): string {
  const score = new Map<string, number>();
  const mark = (codes: Iterable<string | null | undefined>, weight: number) => {
    for (const code of new Set(codes)) if (code) score.set(code, (score.get(code) ?? 0) + weight);
  };
  // Standing: 10 each, so one more of them outweighs both passing ones.
  mark(
    city.party.organizations.filter((o) => o.level === 'GRID_BRANCH').map((o) => o.gridCode),
    10,
  );
  mark(
    city.property.compounds.map((c) => c.gridCode),
    10,
  );
  mark(
    city.volunteer.teams.map((t) => t.gridCode),
    10,
  );
  // Passing: 1 each.
  mark(
    city.volunteer.wishes.filter((w) => w.state === 'OPEN').map((w) => w.gridCode),
    1,
  );
  mark(
    city.grid.cases.filter((c) => !['CLOSED', 'RATED'].includes(c.state)).map((c) => c.gridCode),
    1,
  );
  let best: { code: string; n: number } | undefined;
  for (const g of city.geography.grids) {
    if (g.level !== 'BASIC') continue;
    const n = score.get(g.code) ?? 0;
    if (!best || n > best.n || (n === best.n && g.code.localeCompare(best.code) < 0))
      best = { code: g.code, n };
  }
  return best!.code;
}
