import { account, bearer, rollupVia, type BenchContext } from '../context';
import type { Cluster } from '../cluster';
import { closedLoop, once } from '../load';
import { rollupRows } from '../queries';
import type { RegionPick } from '../picks';
import type { Latency } from '../stats';
import { scrape, type Sample } from '../metrics';

export interface RollupRow extends RegionPick {
  /** Rows the roll-up covers, from its own counts (grids, workers, cases, members, orgs, compounds, teams, volunteers). */
  rows: number;
  latency: Latency;
  rps: number;
  errors: number;
  /** Mean time of the gateway's fetch to each subgraph, ms (gateway_subgraph_fetch_duration_seconds). */
  fetchMs: Record<string, number>;
}

export interface RollupSet {
  scale: string;
  what: string;
  rows: RollupRow[];
}

/**
 * Scenario 4: `region(code)` with every subgraph's indicators, as an ANALYST, one level at a time,
 * at 1 connection (sequential requests: the latency of one roll-up, not of a queue of them).
 */
export async function rollups(
  ctx: BenchContext,
  cluster: Cluster,
  scale: string,
  what: string,
  chain: RegionPick[],
): Promise<RollupSet> {
  const headers = bearer(await cluster.token('ANALYST', ''));
  ctx.log(`scenario 4: roll-ups at ${scale} scale, ${what}`);
  for (const r of chain)
    await closedLoop(
      'warm-up',
      rollupVia(cluster.gateway.url, headers, r.code),
      1,
      Math.min(2, ctx.opts.rollupSeconds),
    );
  const rows: RollupRow[] = [];
  for (const r of chain) {
    const target = rollupVia(cluster.gateway.url, headers, r.code);
    const count = rollupRows(await once(target));
    const before = await scrape(cluster.gateway.port);
    const phase = account(
      ctx,
      await closedLoop(
        `${scale} ${r.level.toLowerCase()} ${r.code}`,
        target,
        1,
        ctx.opts.rollupSeconds,
      ),
    );
    const fetchMs = meanFetchMs(before, await scrape(cluster.gateway.port));
    rows.push({
      ...r,
      rows: count,
      latency: phase.latency,
      rps: phase.rps,
      errors: phase.errors,
      fetchMs,
    });
  }
  return { scale, what, rows };
}

/** Per subgraph, the mean duration of the gateway's fetches between two scrapes, in ms. */
function meanFetchMs(before: Sample[], after: Sample[]): Record<string, number> {
  const sums = (m: Sample[], suffix: string) => {
    const out: Record<string, number> = {};
    for (const x of m)
      if (x.name === `gateway_subgraph_fetch_duration_seconds_${suffix}`)
        out[x.labels.subgraph] = (out[x.labels.subgraph] ?? 0) + x.value;
    return out;
  };
  const [s0, s1, c0, c1] = [
    sums(before, 'sum'),
    sums(after, 'sum'),
    sums(before, 'count'),
    sums(after, 'count'),
  ];
  const out: Record<string, number> = {};
  for (const k of Object.keys(c1)) {
    const n = c1[k] - (c0[k] ?? 0);
    if (n > 0) out[k] = ((s1[k] - (s0[k] ?? 0)) / n) * 1000;
  }
  return out;
}
