import { generateGeography } from '../../shared/demo/geography';
import type { BenchOptions } from './options';
import type { SeedCache } from './seed-cache';
import { startCluster } from './cluster';
import type { BenchContext } from './context';
import { largestChain } from './picks';
import { batching } from './scenarios/batching';
import { rollups, type RollupSet } from './scenarios/rollups';
import type { CityResults, ExtraResults } from './results';

/**
 * The runs that need other processes: scenario 3 again with LOADERS_DISABLED=true (the counter must
 * see the N+1), and scenario 4 at 10x (province), each on its own cluster started after the main one
 * stopped, so that they never share the machine with it.
 */
export async function runExtraClusters(
  opts: BenchOptions,
  seeds: SeedCache[],
  city: CityResults,
  problems: string[],
  log: (m: string) => void,
): Promise<ExtraResults> {
  const admin = {
    sub: 'bench-city_admin',
    role: 'CITY_ADMIN' as const,
    regionPrefix: city.cityCode,
  };
  const contextFor = async (
    cluster: Awaited<ReturnType<typeof startCluster>>,
  ): Promise<BenchContext> => ({
    opts,
    cluster,
    cityCode: city.cityCode,
    admin,
    problems,
    log,
    adminToken: await cluster.token('CITY_ADMIN', city.cityCode),
    analystToken: await cluster.token('ANALYST', ''),
  });

  log('scenario 3 with LOADERS_DISABLED=true: the same counts without DataLoaders');
  const noLoaders = await startCluster({
    label: 'no-loaders',
    sqliteDir: seeds[0].dir,
    loadersDisabled: true,
  });
  let batchingOff;
  try {
    batchingOff = await batching(await contextFor(noLoaders), noLoaders, city.codes, false);
  } finally {
    await noLoaders.stop();
  }
  if (!(batchingOff.ratio > 1))
    problems.push('with loaders disabled the counter did not see more statements for more grids');

  const rollupsBig: RollupSet[] = [];
  if (opts.bigSize && seeds[1]) {
    log(`starting the subgraphs and our gateway on the ${opts.bigSize} city (${seeds[1].dir})`);
    const big = await startCluster({ label: opts.bigSize, sqliteDir: seeds[1].dir });
    try {
      const ctx = await contextFor(big);
      const same = city.chain;
      rollupsBig.push(
        await rollups(
          ctx,
          big,
          opts.bigSize,
          `the same regions (${same[same.length - 1].name}) in 10x the rows per table`,
          same,
        ),
      );
      const largest = largestChain(generateGeography(opts.bigSize, opts.seed));
      rollupsBig.push(
        await rollups(
          ctx,
          big,
          opts.bigSize,
          `the largest of each level (${largest[largest.length - 1].name})`,
          largest,
        ),
      );
    } finally {
      await big.stop();
    }
  }
  return { batchingOff, rollupsBig };
}
