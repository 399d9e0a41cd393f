import { bearer, diff, pictureVia, sqlTotals, total, type BenchContext } from '../context';
import type { Cluster } from '../cluster';
import { once } from '../load';

export interface BatchingRun {
  loaders: boolean;
  /** Statements per subgraph for each grid count. */
  counts: { grids: number; perSubgraph: Record<string, number>; total: number }[];
  /** Total statements for the most grids over those for one grid. */
  ratio: number;
  /** The most grids cost exactly what one grid costs, subgraph by subgraph. */
  flat: boolean;
}

/**
 * Scenario 3: SQL statements per request, per subgraph, read from each subgraph's
 * sql_statements_total around single requests (nothing else runs meanwhile), for the picture of
 * 1, 10 and 100 grids. Each count is taken twice and must repeat, or the run has a problem.
 */
export async function batching(
  ctx: BenchContext,
  cluster: Cluster,
  codes: string[],
  loaders: boolean,
): Promise<BatchingRun> {
  const token = await cluster.token('CITY_ADMIN', ctx.cityCode);
  const sizes = [1, 10, 100].filter((n) => n <= codes.length);
  if (sizes.length < 3)
    ctx.problems.push(`batching: only ${codes.length} grids in the city, not 100`);
  const counts: BatchingRun['counts'] = [];
  for (const n of sizes) {
    const target = pictureVia(cluster.gateway.url, bearer(token), codes.slice(0, n), [codes[0]]);
    const measure = async () => {
      const before = await sqlTotals(cluster);
      await once(target);
      return diff(await sqlTotals(cluster), before);
    };
    const first = await measure();
    const perSubgraph = await measure();
    if (JSON.stringify(first) !== JSON.stringify(perSubgraph)) {
      ctx.problems.push(
        `batching (${loaders ? 'loaders' : 'no loaders'}, ${n} grids): counts differ between two identical requests: ${JSON.stringify(first)} then ${JSON.stringify(perSubgraph)}`,
      );
    }
    counts.push({ grids: n, perSubgraph, total: total(perSubgraph) });
  }
  const one = counts[0];
  const most = counts[counts.length - 1];
  const flat = counts.every(
    (c) => JSON.stringify(c.perSubgraph) === JSON.stringify(one.perSubgraph),
  );
  const run = { loaders, counts, ratio: most.total / one.total, flat };
  ctx.log(
    `  loaders ${loaders ? 'on ' : 'off'}: ${counts.map((c) => `${c.grids} grids ${c.total} statements`).join(', ')} (ratio ${run.ratio.toFixed(2)})`,
  );
  return run;
}
