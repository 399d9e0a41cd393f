import type { GraphClient } from './graph-client';

export interface KnownGrid {
  level: string;
  regionCode: string;
}

/**
 * Whether the grid and division codes a file names exist, asked of the graph once per distinct
 * code (a city file names a few thousand codes in sixty thousand rows). A code the caller may not
 * see counts as unknown: the caller cannot import onto it either.
 */
export function codeLookup(graph: GraphClient) {
  const grids = new Map<string, KnownGrid | null>();
  const regions = new Map<string, string | null>();

  async function loadGrids(codes: string[]) {
    const todo = [...new Set(codes)].filter((c) => /^\d{15}$/.test(c) && !grids.has(c));
    for (let i = 0; i < todo.length; i += 100) {
      const chunk = todo.slice(i, i + 100);
      const r = await graph(
        'query SheetGrids($codes: [String!]!) { gridsByCodes(codes: $codes) { code level regionCode } }',
        { codes: chunk },
      );
      const found = (r.data?.gridsByCodes ?? []) as (({ code: string } & KnownGrid) | null)[];
      chunk.forEach((c, j) =>
        grids.set(
          c,
          found[j] ? { level: found[j]!.level, regionCode: found[j]!.regionCode } : null,
        ),
      );
    }
  }

  async function loadRegions(codes: string[]) {
    const todo = [...new Set(codes)].filter(
      (c) => /^\d{6}(\d{3}){0,2}$/.test(c) && !regions.has(c),
    );
    // Aliased lookups, within the gateway's alias limit; the codes are digits only.
    for (let i = 0; i < todo.length; i += 25) {
      const chunk = todo.slice(i, i + 25);
      const r = await graph(
        `query SheetRegions { ${chunk.map((c, j) => `r${j}: region(code: "${c}") { level }`).join(' ')} }`,
      );
      chunk.forEach((c, j) => regions.set(c, r.data?.[`r${j}`]?.level ?? null));
    }
  }

  return {
    loadGrids,
    loadRegions,
    grid: (code: string) => grids.get(code) ?? null,
    regionLevel: (code: string) => regions.get(code) ?? null,
  };
}

export type CodeLookup = ReturnType<typeof codeLookup>;
