import { generateCity } from '../../services/demo-city';
import type { Viewer } from '../../shared/viewer';
import type { BenchOptions } from './options';
import { startCluster, type Cluster } from './cluster';
import { bearer, passVia, pictureVia, rollupVia, type BenchContext } from './context';
import { once } from './load';
import { scrape, metricValue } from './metrics';
import { rssOf } from './machine';
import {
  chainOf,
  pickRichGrid,
  pictureExpectations,
  richGridCandidates,
  streetGrids,
} from './picks';
import { passThrough } from './scenarios/passthrough';
import { picture } from './scenarios/picture';
import { rollups } from './scenarios/rollups';
import { batching } from './scenarios/batching';
import { measureAuthCost } from './auth-cost';
import { profileGateway } from './profile';
import type { CityResults, Health } from './results';

async function gatewayState(cluster: Cluster) {
  const m = await scrape(cluster.gateway.port);
  return {
    plans: metricValue(m, 'gateway_query_plans_built_total'),
    rss: metricValue(m, 'process_resident_memory_bytes'),
    heap: metricValue(m, 'nodejs_heap_size_used_bytes'),
    requests: metricValue(m, 'graphql_requests_total'),
    hiveRss: rssOf(cluster.hive?.child.pid),
    hiveRustRss: rssOf(cluster.hiveRust?.child.pid),
  };
}

/**
 * Everything measured on the main city: one cluster (subgraphs, our gateway, Hive Gateway) for
 * scenarios 1, 2, 5, 4 (this scale), 3 (loaders on) and 6, in that order.
 */
export async function runCityScale(
  opts: BenchOptions,
  dir: string,
  problems: string[],
  log: (m: string) => void,
): Promise<CityResults> {
  const city = generateCity(opts.size, opts.seed);
  const geo = city.geography;
  const cityCode = geo.regions.find((r) => r.level === 'CITY')!.code;
  const admin: Viewer = { sub: 'bench-city_admin', role: 'CITY_ADMIN', regionPrefix: cityCode };
  log(`starting the subgraphs, our gateway and Hive Gateway on ${dir}`);
  const cluster = await startCluster({
    label: 'city',
    sqliteDir: dir,
    hiveViewer: admin,
    dedupGateway: true,
  });
  try {
    const start = await gatewayState(cluster);
    const ctx: BenchContext = {
      opts,
      cluster,
      cityCode,
      admin,
      problems,
      log,
      adminToken: await cluster.token('CITY_ADMIN', cityCode),
      analystToken: await cluster.token('ANALYST', ''),
    };
    const rich = await pickRichGrid(ctx, richGridCandidates(city, opts.quick ? 10 : 25));
    log(
      `the grid with the most field paths: ${rich.code} (${rich.statements} statements for its picture)`,
    );
    const codes = streetGrids(geo, rich.code, 100);
    const chain = chainOf(geo, geo.grids.find((g) => g.code === rich.code)!.regionCode);
    // Warm-up of every operation on both gateways: plans are built here, never in a measured phase.
    const gw = cluster.gateway.url;
    await once(passVia(gw, bearer(ctx.adminToken), rich.code));
    await once(pictureVia(gw, bearer(ctx.adminToken), codes, [rich.code]));
    await once(pictureVia(cluster.dedupGateway!.url, bearer(ctx.adminToken), codes, [rich.code]));
    for (const r of chain) await once(rollupVia(gw, bearer(ctx.analystToken), r.code));
    await once(pictureVia(cluster.hive!.url, {}, [rich.code], [rich.code]));
    await once(pictureVia(cluster.hiveRust!.url, {}, [rich.code], [rich.code]));
    const warm = await gatewayState(cluster);

    const pass = await passThrough(ctx, rich.code);
    const expect = pictureExpectations(city);
    const pool = [rich.code, ...richGridCandidates(city, 40).filter((c) => c !== rich.code)].slice(
      0,
      opts.quick ? 12 : 40,
    );
    const pic = await picture(ctx, rich.code, pool, expect);
    const rollupsCity = await rollups(
      ctx,
      cluster,
      opts.size,
      `${chain[chain.length - 1].name}, through grid ${rich.code}`,
      chain,
    );
    log('scenario 3: SQL statements per request, per subgraph');
    const batchingOn = await batching(ctx, cluster, codes, true);
    const end = await gatewayState(cluster);
    const health: Health = {
      plansBeforeWarmup: start.plans,
      plansAfterWarmup: warm.plans,
      plansAtEnd: end.plans,
      rssStart: start.rss,
      rssEnd: end.rss,
      heapStart: start.heap,
      heapEnd: end.heap,
      hiveRssStart: start.hiveRss,
      hiveRssEnd: end.hiveRss,
      hiveRustRssStart: start.hiveRustRss,
      hiveRustRssEnd: end.hiveRustRss,
      requests: end.requests - warm.requests,
    };
    if (end.plans !== warm.plans)
      problems.push(`our gateway built ${end.plans - warm.plans} query plans after warm-up`);
    log(
      `scenario 6: ${end.plans - warm.plans} plans built after warm-up; gateway RSS ${(start.rss / 2 ** 20).toFixed(0)} -> ${(end.rss / 2 ** 20).toFixed(0)} MB`,
    );
    log(
      'profiling a second instance of our gateway (node --cpu-prof) on the pass-through and picture loads',
    );
    const profileSeconds = opts.quick ? 2 : 8;
    const profiles = {
      passThrough: await profileGateway(
        cluster,
        (url) => passVia(url, bearer(ctx.adminToken), rich.code),
        opts.connections,
        profileSeconds,
      ),
      picture: await profileGateway(
        cluster,
        (url) => ({
          ...pictureVia(url, bearer(ctx.adminToken), [rich.code]),
          variants: pic.variants,
        }),
        opts.connections,
        profileSeconds,
      ),
    };
    await cluster.stop();
    const auth = await measureAuthCost(admin, opts.quick ? 2000 : 20000);
    log(
      `per-request auth in our gateway: JWT verify ${auth.verifyUs.toFixed(1)} us + proof sign ${auth.signUs.toFixed(1)} us`,
    );
    return {
      cityCode,
      richGrid: rich,
      codes,
      passThrough: pass,
      picture: pic,
      rollupsCity,
      batchingOn,
      health,
      auth,
      chain,
      profiles,
    };
  } finally {
    await cluster.stop();
  }
}
