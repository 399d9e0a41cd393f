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
  /** Hive Gateway with the Rust query planner: its peak, open-loop and one-grid phases. */
  rust: { peak: Measured; open: Measured; sameGrid: Measured };
  /** One grid through our second gateway, with in-flight dedup on (GATEWAY_DEDUP=true). */
  sameGridDedup: Measured;
  /** Subgraph requests one picture of the main grid makes, per subgraph, through each gateway. */
  fetches: {
    ours: Record<string, number>;
    hive: Record<string, number>;
    rust: Record<string, number>;
  };
  ourPeak: number;
  hivePeak: number;
  rustPeak: number;
  rate: number;
}

/**
 * Scenario 2 (the whole picture of a grid through our gateway) and scenario 5 (the same query, the
 * same supergraph and the same subgraphs through Hive Gateway, JS planner and Rust planner),
 * interleaved ours, Hive, Hive (Rust), ours:
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
  if (!cluster.hive || !cluster.hiveRust || !cluster.dedupGateway)
    throw new Error('the picture scenario needs both Hive Gateways and our dedup gateway running');
  const variants = pool.map((c) => ({
    variables: { codes: [c] },
    check: checkPicture([c], [], expect),
  }));
  const single = (t: Target): Target => ({ ...t, check: checkPicture([code], [code], expect) });
  const ours = single(pictureVia(cluster.gateway.url, bearer(ctx.adminToken), [code]));
  // Hive checks no caller token; it sends the proof of the same viewer to every subgraph.
  const hive = single(pictureVia(cluster.hive.url, {}, [code]));
  const rust = single(pictureVia(cluster.hiveRust.url, {}, [code]));
  const oursDedup = single(pictureVia(cluster.dedupGateway.url, bearer(ctx.adminToken), [code]));
  for (const c of pool) {
    const answers = [];
    for (const t of [ours, hive, rust])
      answers.push(
        JSON.stringify(
          await once({ ...t, variables: { codes: [c] }, check: variants[pool.indexOf(c)].check }),
        ),
      );
    // Same supergraph, same subgraphs, same viewer: the three gateways must answer the same data.
    if (answers[1] !== answers[0])
      ctx.problems.push(`Hive Gateway and our gateway answered the picture of ${c} differently`);
    if (answers[2] !== answers[0])
      ctx.problems.push(
        `Hive Gateway (Rust planner) and our gateway answered the picture of ${c} differently`,
      );
  }
  const fetchesOf = async (t: Target) => {
    const before = await requestTotals(cluster);
    await once(t);
    return diff(await requestTotals(cluster), before);
  };
  const fetches = {
    ours: await fetchesOf(ours),
    hive: await fetchesOf(hive),
    rust: await fetchesOf(rust),
  };
  const oursPool: Target = { ...ours, variants };
  const hivePool: Target = { ...hive, variants };
  const rustPool: Target = { ...rust, variants };
  ctx.log(
    `scenarios 2 and 5: the whole picture of a grid (${pool.length} grids in turn), our gateway and Hive Gateway interleaved`,
  );
  await closedLoop('warm-up ours', oursPool, opts.connections, opts.warmupSeconds);
  await closedLoop('warm-up hive', hivePool, opts.connections, opts.warmupSeconds);
  await closedLoop('warm-up hive-rust', rustPool, opts.connections, opts.warmupSeconds);
  const subgraphs = Object.values(cluster.subgraphs).map((p) => p.child.pid);
  const cpu = (gateway: number | undefined) => ({
    gateway: [gateway],
    subgraphs,
    'load generator': [process.pid],
  });
  const ourPid = cluster.gateway.child.pid;
  const hivePid = cluster.hive.child.pid;
  const rustPid = cluster.hiveRust.child.pid;
  // Ours first and last, around both peers; results keep ours / Hive / ours at 0..2 and Rust apart.
  const phases: [string, Target, number | undefined][] = [
    ['ours', oursPool, ourPid],
    ['hive', hivePool, hivePid],
    ['hive-rust', rustPool, rustPid],
    ['ours', oursPool, ourPid],
  ];
  const split = (m: Measured[]) => ({ three: [m[0], m[1], m[3]], rust: m[2] });
  const peakAll: Measured[] = [];
  for (const [label, t, pid] of phases) {
    peakAll.push(
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
  const peak = split(peakAll).three;
  const ourPeak = mean([peak[0].rps, peak[2].rps]);
  const rate = Math.max(1, Math.round(ourPeak / 2));
  const openAll: Measured[] = [];
  for (const [label, t, pid] of phases)
    openAll.push(
      account(
        ctx,
        await withCpu(cpu(pid), () => openLoop(`open loop ${label}`, t, rate, opts.openSeconds)),
      ),
    );
  const sameGrid: Measured[] = [];
  for (const [label, t, pid] of [
    ['ours', ours, ourPid],
    ['hive', hive, hivePid],
    ['hive-rust', rust, rustPid],
    ['ours GATEWAY_DEDUP=true', oursDedup, cluster.dedupGateway.child.pid],
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
    open: split(openAll).three,
    sameGrid: sameGrid.slice(0, 2),
    rust: { peak: peakAll[2], open: openAll[2], sameGrid: sameGrid[2] },
    sameGridDedup: sameGrid[3],
    ourPeak,
    hivePeak: peak[1].rps,
    rustPeak: peakAll[2].rps,
    rate,
  };
}
