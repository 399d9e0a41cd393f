import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { loadEnv } from '../../shared/env';
import { databaseName, dropMysqlDatabase } from '../../shared/data-source';
import { SUBGRAPH_LIST } from '../../shared/subgraphs';
import { generateCity } from '../../services/demo-city';
import { EXAMPLE_QUERY } from '../example-query';
import { closedLoop, once, type Target } from '../bench/load';
import { ms, num } from '../bench/stats';
import { installSignalHandlers, portBusy } from '../processes';
import { startReplicas, type ReplicaCluster } from './cluster';

const USAGE = `usage: npm run replicas [-- --replicas N] [-- --gateways N] [-- --measure [SECONDS]]
  (default)  two gateways and two replicas of every subgraph behind nginx, on MYSQL_URL; Ctrl-C stops them
  --measure  the same fixed query mix against 1 gateway + 1 of each subgraph, then 2 + 2, and the throughput ratio`;

interface Args {
  replicas: number;
  gateways: number;
  measure?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { replicas: 2, gateways: 2 };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const int = (v: string | undefined) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} needs a whole number\n${USAGE}`);
      return n;
    };
    if (a === '--replicas') args.replicas = int(argv[++i]);
    else if (a === '--gateways') args.gateways = int(argv[++i]);
    else if (a === '--measure')
      args.measure = argv[i + 1] && !argv[i + 1].startsWith('--') ? int(argv[++i]) : 20;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return args;
}

const log = (msg: string) => console.log(`[replicas] ${msg}`);
/** Closed-loop clients of the measurement: enough to keep two of everything busy on a small machine. */
const CONNECTIONS = 8;

/** The fixed mix: the example query (one grid's picture from four subgraphs) over twenty basic grids, each answer checked. */
function pictureMix(url: string, token: string): Target {
  const env = loadEnv();
  const city = generateCity(env.DEMO_SIZE, env.DEMO_SEED, env.DEMO_DATE);
  const grids = city.geography.grids
    .filter((g) => g.level === 'BASIC')
    .slice(0, 20)
    .map((g) => g.code);
  const check = (code: string) => (d: any) =>
    d?.grid?.code === code && Array.isArray(d.grid.workers) && Array.isArray(d.grid.compounds)
      ? null
      : `grid ${code}: picture missing`;
  return {
    url,
    headers: { authorization: `Bearer ${token}` },
    query: EXAMPLE_QUERY,
    variables: { code: grids[0] },
    check: check(grids[0]),
    variants: grids.map((code) => ({ variables: { code }, check: check(code) })),
  };
}

async function measureOne(
  n: number,
  mysqlUrl: string,
  dbPrefix: string,
  seconds: number,
): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const cluster = await startReplicas({
    mysqlUrl,
    replicas: n,
    gateways: n,
    dbPrefix,
    dropOnClose: false,
    // The measured processes do nothing in the background: the webhook sender wakes once an hour.
    env: { WEBHOOK_POLL_MS: '3600000', LOG_LEVEL: 'warn' },

    log,
  });
  try {
    const city = generateCity(loadEnv().DEMO_SIZE, loadEnv().DEMO_SEED);
    const token = await cluster.token('CITY_ADMIN', city.geography.regions[0].code);
    const target = pictureMix(cluster.url, token);
    for (const v of target.variants!) await once({ ...target, ...v });
    await closedLoop(`warm-up ${n}`, target, CONNECTIONS, Math.max(3, Math.round(seconds / 4)));
    const r = await closedLoop(`${n} of each`, target, CONNECTIONS, seconds);
    log(
      `${n} gateway(s) + ${n} of each subgraph: ${num(r.rps, 1)} checked answers/s, p50 ${ms(r.latency.p50)} ms, p99 ${ms(r.latency.p99)} ms, ${r.errors} errors`,
    );
    return { rps: r.rps, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors };
  } finally {
    await cluster.close();
  }
}

async function measure(mysqlUrl: string, seconds: number): Promise<void> {
  const dbPrefix = `t_rm_${randomBytes(3).toString('hex')}_`;
  const load = loadavg()[0];
  try {
    const one = await measureOne(1, mysqlUrl, dbPrefix, seconds);
    const two = await measureOne(2, mysqlUrl, dbPrefix, seconds);
    const ratio = two.rps / one.rps;
    console.log(`
  Two replicas against one, same machine (${cpus().length} cores, load ${load.toFixed(1)} at the start,
  ${loadavg()[0].toFixed(1)} at the end), ${CONNECTIONS} connections, ${seconds} s, the example query over 20 grids:

  | topology                          | answers/s | p50 ms | p99 ms | errors |
  | --------------------------------- | --------: | -----: | -----: | -----: |
  | 1 gateway + 1 of each subgraph    | ${num(one.rps, 1).padStart(9)} | ${ms(one.p50).padStart(6)} | ${ms(one.p99).padStart(6)} | ${String(one.errors).padStart(6)} |
  | 2 gateways + 2 of each subgraph   | ${num(two.rps, 1).padStart(9)} | ${ms(two.p50).padStart(6)} | ${ms(two.p99).padStart(6)} | ${String(two.errors).padStart(6)} |

  ratio (two / one): ${ratio.toFixed(2)}
`);
    if (one.errors || two.errors) process.exitCode = 1;
  } finally {
    for (const s of SUBGRAPH_LIST)
      await dropMysqlDatabase(
        mysqlUrl,
        databaseName({ kind: 'mysql', url: mysqlUrl, prefix: dbPrefix }, s.name),
      );
  }
}

async function serve(args: Args, mysqlUrl: string): Promise<void> {
  const env = loadEnv();
  if (await portBusy(env.HOST, env.GATEWAY_PORT))
    throw new Error(
      `port ${env.GATEWAY_PORT} is in use (npm start?): stop it or set GATEWAY_PORT for nginx`,
    );
  const running: { cluster?: ReplicaCluster } = {};
  // Ctrl-C before everything is up stops what has started (the children are tracked); after, close() also removes the temp folder.
  installSignalHandlers('replicas');
  const stop = async () => {
    log('stopping every replica and nginx');
    await running.cluster?.close();
    process.exit(0);
  };
  const cluster = await startReplicas({
    mysqlUrl,
    replicas: args.replicas,
    gateways: args.gateways,
    dbPrefix: env.DB_PREFIX,
    dropOnClose: false,
    frontPort: env.GATEWAY_PORT,
    env: {
      LOG_LEVEL: env.LOG_LEVEL,
      DEMO_SIZE: env.DEMO_SIZE,
      DEMO_SEED: String(env.DEMO_SEED),
      ...(env.DEMO_DATE ? { DEMO_DATE: env.DEMO_DATE } : {}),
    },
    log,
  });
  running.cluster = cluster;
  process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const city = generateCity(env.DEMO_SIZE, env.DEMO_SEED, env.DEMO_DATE);
  const token = await cluster.token('CITY_ADMIN', city.geography.regions[0].code);
  console.log(`
  nginx (both tiers): ${cluster.url}   config: ${cluster.nginx.dir}/nginx.conf
${Object.entries(cluster.procs)
  .map(([name, p]) => `    ${name.padEnd(18)} 127.0.0.1:${p.port}`)
  .join('\n')}

  CITY_ADMIN token for this run (its secret is made up per run):
  ${token}

  Ctrl-C stops every replica and nginx; the databases (${env.DB_PREFIX}*) stay.
`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const env = loadEnv();
  if (!env.MYSQL_URL)
    throw new Error(
      'npm run replicas needs MYSQL_URL=mysql://user@host:port: replicas share one MySQL (an SQLite file belongs to one process)',
    );
  if (args.measure) {
    installSignalHandlers('replicas');
    await measure(env.MYSQL_URL, args.measure);
  } else await serve(args, env.MYSQL_URL);
}

main().catch((err) => {
  console.error(`[replicas] ${(err as Error).message}`);
  process.exit(1);
});
