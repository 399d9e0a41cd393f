import { account, bearer, diff, pictureVia, requestTotals, type BenchContext } from '../context';
import { closedLoop, openLoop, once, type Target } from '../load';
import { checkPicture, type GridExpectation } from '../queries';
import { mean } from '../stats';
import { withCpu, type Measured } from '../cpu';

export interface PictureResult {
  code: string;
  /** The grids the load phases cycle through, with each one's check. */
  pool: string[];
  variants: NonNullable<Target['variants']>;
  /** Closed loop, ours / Hive / ours. */
  peak: Measured[];
  /** Open loop at half our peak, ours / Hive / ours. */
  open: Measured[];
  /** Closed loop with one grid in every request, ours / Hive: what sharing identical in-flight fetches is worth. */
  sameGrid: Measured[];
  /** Subgraph requests one picture of the main grid makes, per subgraph, through each gateway. */
  fetches: { ours: Record<string, number>; hive: Record<string, number> };
  ourPeak: number;
  hivePeak: number;
  rate: number;
}

/**
 * Scenario 2 (the whole picture of a grid through our gateway) and scenario 5 (the same query, the
 * same supergraph and the same subgraphs through Hive Gateway), interleaved ours, Hive, ours:
 * 1. peak throughput, closed loop;
 * 2. latency at a fixed arrival rate of half our peak, open loop, for both gateways at that rate.
 * Requests cycle through a pool of grids with data in every subgraph, each answer checked against
 * what the demo city holds for its grid: concurrent requests are for different grids, as a city's
 * users would send them (Hive shares identical in-flight subgraph fetches; see sameGrid).
 */
export async function picture(
  ctx: BenchContext,
  code: string,
  pool: string[],
  expect: (c: string) => GridExpectation | undefined,
): Promise<PictureResult> {
  const { cluster, opts } = ctx;
  if (!cluster.hive) throw new Error('the picture scenario needs Hive Gateway running');
  const variants = pool.map((c) => ({
    variables: { codes: [c] },
    check: checkPicture([c], [], expect),
  }));
  const single = (t: Target): Target => ({ ...t, check: checkPicture([code], [code], expect) });
  const ours = single(pictureVia(cluster.gateway.url, bearer(ctx.adminToken), [code]));
  // Hive checks no caller token; it sends the proof of the same viewer to every subgraph.
  const hive = single(pictureVia(cluster.hive.url, {}, [code]));
  for (const c of pool) {
    const a = await once({
      ...ours,
      variables: { codes: [c] },
      check: variants[pool.indexOf(c)].check,
    });
    const b = await once({
      ...hive,
      variables: { codes: [c] },
      check: variants[pool.indexOf(c)].check,
    });
    // Same supergraph, same subgraphs, same viewer: the two gateways must answer the same data.
    if (JSON.stringify(a) !== JSON.stringify(b))
      ctx.problems.push(`Hive Gateway and our gateway answered the picture of ${c} differently`);
  }
  const fetchesOf = async (t: Target) => {
    const before = await requestTotals(cluster);
    await once(t);
    return diff(await requestTotals(cluster), before);
  };
  const fetches = { ours: await fetchesOf(ours), hive: await fetchesOf(hive) };
  const oursPool: Target = { ...ours, variants };
  const hivePool: Target = { ...hive, variants };
  ctx.log(
    `scenarios 2 and 5: the whole picture of a grid (${pool.length} grids in turn), our gateway and Hive Gateway interleaved`,
  );
  await closedLoop('warm-up ours', oursPool, opts.connections, opts.warmupSeconds);
  await closedLoop('warm-up hive', hivePool, opts.connections, opts.warmupSeconds);
  const subgraphs = Object.values(cluster.subgraphs).map((p) => p.child.pid);
  const cpu = (gateway: number | undefined) => ({
    gateway: [gateway],
    subgraphs,
    'load generator': [process.pid],
  });
  const ourPid = cluster.gateway.child.pid;
  const hivePid = cluster.hive.child.pid;
  const phases: [string, Target, number | undefined][] = [
    ['ours', oursPool, ourPid],
    ['hive', hivePool, hivePid],
    ['ours', oursPool, ourPid],
  ];
  const peak: Measured[] = [];
  for (const [label, t, pid] of phases) {
    peak.push(
      account(
        ctx,
        await withCpu(cpu(pid), () =>
          closedLoop(
            `peak ${label}, ${opts.connections} conn`,
            t,
            opts.connections,
            opts.peakSeconds,
          ),
        ),
      ),
    );
  }
  const ourPeak = mean([peak[0].rps, peak[2].rps]);
  const rate = Math.max(1, Math.round(ourPeak / 2));
  const open: Measured[] = [];
  for (const [label, t, pid] of phases)
    open.push(
      account(
        ctx,
        await withCpu(cpu(pid), () => openLoop(`open loop ${label}`, t, rate, opts.openSeconds)),
      ),
    );
  const sameGrid: Measured[] = [];
  for (const [label, t, pid] of [
    ['ours', ours, ourPid],
    ['hive', hive, hivePid],
  ] as const) {
    sameGrid.push(
      account(
        ctx,
        await withCpu(cpu(pid), () =>
          closedLoop(`peak ${label}, grid ${code} only`, t, opts.connections, opts.peakSeconds),
        ),
      ),
    );
  }
  return {
    code,
    pool,
    variants,
    fetches,
    peak,
    open,
    sameGrid,
    ourPeak,
    hivePeak: peak[1].rps,
    rate,
  };
}
