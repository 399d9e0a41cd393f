import type { DemoCity } from '../../services/demo-city';
import type { Geography } from '../../shared/demo/geography';
import { regionPrefix } from '../../shared/codes';
import { once } from './load';
import type { GridExpectation } from './queries';
import { bearer, diff, pictureVia, sqlTotals, total, type BenchContext } from './context';

/** Grids ranked by how many subgraphs have something on them (as scripts/example-query.ts ranks them). */
export function richGridCandidates(city: DemoCity, n: number): string[] {
  const branch = new Set(
    city.party.organizations.filter((o) => o.level === 'GRID_BRANCH').map((o) => o.gridCode),
  );
  const compound = new Set(city.property.compounds.map((c) => c.gridCode));
  const team = new Set(city.volunteer.teams.map((t) => t.gridCode));
  const wish = new Set(
    city.volunteer.wishes.filter((w) => w.state === 'OPEN').map((w) => w.gridCode),
  );
  const openCase = new Set(
    city.grid.cases.filter((c) => !['CLOSED', 'RATED'].includes(c.state)).map((c) => c.gridCode),
  );
  const score = (code: string) =>
    [branch, compound, team, wish, openCase].filter((s) => s.has(code)).length;
  // The picture's checks need a branch, a compound and a team on the grid; wishes and open cases come and go with the clock.
  return city.geography.grids
    .filter(
      (g) => g.level === 'BASIC' && branch.has(g.code) && compound.has(g.code) && team.has(g.code),
    )
    .map((g) => ({ code: g.code, s: score(g.code) }))
    .sort((a, b) => b.s - a.s || a.code.localeCompare(b.code))
    .slice(0, n)
    .map((g) => g.code);
}

/** Per grid, what its picture must hold, from the generated city the databases were seeded with. */
export function pictureExpectations(city: DemoCity): (code: string) => GridExpectation | undefined {
  const count = <T extends { gridCode: string | null }>(
    rows: T[],
    keep: (r: T) => boolean = () => true,
  ) => {
    const m = new Map<string, number>();
    for (const r of rows)
      if (r.gridCode && keep(r)) m.set(r.gridCode, (m.get(r.gridCode) ?? 0) + 1);
    return m;
  };
  const workers = count(city.grid.workers, (w) => !w.endedOn);
  const compounds = count(city.property.compounds);
  const teams = count(city.volunteer.teams);
  const wishes = count(city.volunteer.wishes, (w) => w.state === 'OPEN');
  const branches = new Set(
    city.party.organizations.filter((o) => o.level === 'GRID_BRANCH').map((o) => o.gridCode),
  );
  const grids = new Set(city.geography.grids.map((g) => g.code));
  return (code) =>
    grids.has(code)
      ? {
          workers: workers.get(code) ?? 0,
          compounds: compounds.get(code) ?? 0,
          volunteerTeams: teams.get(code) ?? 0,
          openMicroWishes: wishes.get(code) ?? 0,
          partyBranch: branches.has(code),
        }
      : undefined;
}

/**
 * The 1-grid case of the batching scenario must exercise every field path of the picture, or 10 and
 * 100 grids would cost more statements only because they reach paths the one grid has no data on
 * (test/e2e/unified-grid.test.ts found this). Of the richest candidates, the one whose picture
 * runs the most statements is that grid.
 */
export async function pickRichGrid(
  ctx: BenchContext,
  candidates: string[],
): Promise<{ code: string; statements: number }> {
  let best = { code: candidates[0], statements: -1 };
  for (const code of candidates) {
    const before = await sqlTotals(ctx.cluster);
    await once(pictureVia(ctx.cluster.gateway.url, bearer(ctx.adminToken), [code]));
    const n = total(diff(await sqlTotals(ctx.cluster), before));
    if (n > best.statements) best = { code, statements: n };
  }
  return best;
}

/** 100 grids of one street: the rich grid first, then its street's grids, then its district's if the street has fewer. */
export function streetGrids(geo: Geography, rich: string, n: number): string[] {
  const grid = geo.grids.find((g) => g.code === rich)!;
  const street = grid.regionCode.slice(0, 9);
  const district = street.slice(0, 6);
  const others = (prefix: string) =>
    geo.grids
      .filter((g) => g.code !== rich && g.regionCode.startsWith(prefix))
      .map((g) => g.code)
      .sort();
  const codes = [rich, ...others(street)];
  for (const c of others(district)) if (codes.length < n && !codes.includes(c)) codes.push(c);
  for (const g of geo.grids) if (codes.length < n && !codes.includes(g.code)) codes.push(g.code);
  return codes.slice(0, n);
}

export interface RegionPick {
  level: string;
  code: string;
  name: string;
}

/** A chain community → street → district → city through one grid's community. */
export function chainOf(geo: Geography, communityCode: string): RegionPick[] {
  const byCode = new Map(geo.regions.map((r) => [r.code, r]));
  const chain: RegionPick[] = [];
  for (
    let r = byCode.get(communityCode);
    r;
    r = r.parentCode ? byCode.get(r.parentCode) : undefined
  ) {
    chain.push({ level: r.level, code: r.code, name: r.name });
  }
  return chain;
}

/** The largest chain by grid count: the biggest city, its biggest district, street and community. */
export function largestChain(geo: Geography): RegionPick[] {
  const gridsUnder = (code: string) => {
    const prefix = regionPrefix(code);
    return geo.grids.filter((g) => g.code.startsWith(prefix)).length;
  };
  const biggestChild = (parent: string | null) =>
    geo.regions
      .filter((r) => r.parentCode === parent)
      .map((r) => ({ r, n: gridsUnder(r.code) }))
      .sort((a, b) => b.n - a.n || a.r.code.localeCompare(b.r.code))[0]?.r;
  const chain: RegionPick[] = [];
  for (let r = biggestChild(null); r; r = biggestChild(r.code))
    chain.unshift({ level: r.level, code: r.code, name: r.name });
  return chain;
}
