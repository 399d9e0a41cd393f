import type { BenchOptions } from './options';
import type { Cluster } from './cluster';
import type { Viewer } from '../../shared/viewer';
import type { PhaseResult, Target } from './load';
import { SERVICES } from '../../shared/env';
import { scrape, metricValue } from './metrics';
import { PICTURE, checkPicture, ROLLUP_QUERY, checkRollup, PASS_QUERY, checkPass } from './queries';

/** What every scenario needs: the options, the running processes, who asks, and where problems go. */
export interface BenchContext {
  opts: BenchOptions;
  cluster: Cluster;
  cityCode: string;
  /** The viewer our gateway forwards for the admin token; the direct phase and Hive sign the same one. */
  admin: Viewer;
  adminToken: string;
  analystToken: string;
  /** Every phase that had errors: a run with any does not count. */
  problems: string[];
  log(msg: string): void;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export const pictureVia = (
  url: string,
  headers: Record<string, string>,
  codes: string[],
  rich: string[] = [],
): Target => ({
  url,
  headers,
  query: PICTURE,
  variables: { codes },
  check: checkPicture(codes, rich),
});

export const rollupVia = (url: string, headers: Record<string, string>, code: string): Target => ({
  url,
  headers,
  query: ROLLUP_QUERY,
  variables: { code },
  check: checkRollup(code),
});

export const passVia = (url: string, headers: Record<string, string>, code: string): Target => ({
  url,
  headers,
  query: PASS_QUERY,
  variables: { code },
  check: checkPass(code),
});

/** Records a phase's errors as a problem of the run, and says what it measured. */
export function account<T extends PhaseResult>(ctx: BenchContext, r: T): T {
  ctx.cluster.assertAlive();
  const lat = `p50 ${r.latency.p50.toFixed(2)} ms, p95 ${r.latency.p95.toFixed(2)} ms`;
  const rate = r.targetRate ? ` (asked ${r.targetRate}/s)` : '';
  ctx.log(
    `  ${r.label.padEnd(34)} ${r.rps.toFixed(1).padStart(7)} req/s${rate}, ${lat}, ${r.errors} errors`,
  );
  if (r.errors > 0)
    ctx.problems.push(`${r.label}: ${r.errors} errors (${r.errorSamples.join('; ')})`);
  return r;
}

/** SQL statements each subgraph has run since it started (its /metrics counter). */
export async function sqlTotals(cluster: Cluster): Promise<Record<string, number>> {
  const entries = await Promise.all(
    SERVICES.map(
      async (s) =>
        [s, metricValue(await scrape(cluster.subgraphs[s].port), 'sql_statements_total')] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/** GraphQL requests each subgraph has served since it started. */
export async function requestTotals(cluster: Cluster): Promise<Record<string, number>> {
  const entries = await Promise.all(
    SERVICES.map(
      async (s) =>
        [
          s,
          metricValue(await scrape(cluster.subgraphs[s].port), 'graphql_requests_total'),
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}

export function diff(
  after: Record<string, number>,
  before: Record<string, number>,
): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]));
}

export const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
