import { account, bearer, passVia, type BenchContext } from '../context';
import { closedLoop, once, type PhaseResult } from '../load';
import { mean } from '../stats';
import { withCpu, type Measured } from '../cpu';

export interface PassThroughResult {
  code: string;
  throughput: Measured[];
  latency: PhaseResult[];
  /** Gateway req/s over the mean of the two direct phases around it. */
  ratio: number;
  /** Gateway p50 at 1 connection minus the mean direct p50 around it, ms. */
  addedP50: number;
}

/**
 * Scenario 1: one single-subgraph query (grid only), sent straight to the grid subgraph with a proof
 * signed for the same viewer the gateway forwards (so the subgraph does exactly the same work), and
 * through the gateway with a bearer token. Phases interleave direct, gateway, direct, so that a
 * drift of the machine's speed shows as a gap between the two direct phases, not as gateway cost.
 */
export async function passThrough(ctx: BenchContext, code: string): Promise<PassThroughResult> {
  const { cluster, opts } = ctx;
  const direct = passVia(cluster.subgraphs.grid.url, await cluster.proofHeaders(ctx.admin), code);
  const gateway = passVia(cluster.gateway.url, bearer(ctx.adminToken), code);
  await once(direct);
  await once(gateway);
  ctx.log(
    `scenario 1: pass-through (grid ${code}), ${opts.connections} connections, then 1 connection`,
  );
  await closedLoop('warm-up direct', direct, opts.connections, opts.warmupSeconds);
  await closedLoop('warm-up gateway', gateway, opts.connections, opts.warmupSeconds);
  const cpu = {
    gateway: [cluster.gateway.child.pid],
    'grid subgraph': [cluster.subgraphs.grid.child.pid],
    'load generator': [process.pid],
  };
  const throughput: Measured[] = [];
  for (const [label, t] of [
    ['direct', direct],
    ['gateway', gateway],
    ['direct', direct],
  ] as const) {
    throughput.push(
      account(
        ctx,
        await withCpu(cpu, () =>
          closedLoop(`${label}, ${opts.connections} conn`, t, opts.connections, opts.peakSeconds),
        ),
      ),
    );
  }
  const latency: PhaseResult[] = [];
  for (const [label, t] of [
    ['direct', direct],
    ['gateway', gateway],
    ['direct', direct],
  ] as const) {
    latency.push(account(ctx, await closedLoop(`${label}, 1 conn`, t, 1, opts.latencySeconds)));
  }
  return {
    code,
    throughput,
    latency,
    ratio: throughput[1].rps / mean([throughput[0].rps, throughput[2].rps]),
    addedP50: latency[1].latency.p50 - mean([latency[0].latency.p50, latency[2].latency.p50]),
  };
}
