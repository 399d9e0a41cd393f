import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { SERVICES } from '../../shared/env';
import { envPrefix } from '../../shared/subgraphs';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { mintToken } from '../../shared/auth/tokens';
import { signProof, PROOF_HEADER } from '../../shared/auth/gateway-proof';
import type { Role, Viewer } from '../../shared/viewer';
import {
  freePorts,
  spawnProc,
  startOne,
  startSubgraphs,
  stopProcess,
  waitHealthy,
  type Proc,
} from '../processes';

const DIST = join(__dirname, '..', '..');
const ISSUER = 'grids';
const AUDIENCE = 'grids-graph';
/** Long enough for any run: the proofs the benchmark signs itself (direct phase, Hive) must not expire mid-run. */
const PROOF_TTL_SECONDS = 2 * 3600;

export interface Cluster {
  label: string;
  jwtSecret: string;
  gatewaySecret: string;
  subgraphs: Record<string, Proc>;
  gateway: Proc;
  /** A second instance of our gateway with GATEWAY_DEDUP=true (the first has it off), when asked for. */
  dedupGateway?: Proc;
  /** Hive Gateway on the same supergraph and subgraphs, when asked for. */
  hive?: Proc;
  /** Hive Gateway again, with the Rust query planner (`--hive-router-runtime`), beside it. */
  hiveRust?: Proc;
  token(role: Role, region: string): Promise<string>;
  /** Headers a subgraph accepts without the gateway: a proof for this viewer, as our gateway would sign it. */
  proofHeaders(viewer: Viewer): Promise<Record<string, string>>;
  /** Throws when a process died while the benchmark still needs it. */
  assertAlive(): void;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  label: string;
  sqliteDir: string;
  loadersDisabled?: boolean;
  /** Also start Hive Gateway (JS and Rust planner), sending this viewer's proof to every subgraph. */
  hiveViewer?: Viewer;
  /** Also start a second instance of our gateway with in-flight dedup on (GATEWAY_DEDUP=true). */
  dedupGateway?: boolean;
  /** The subgraphs on MySQL/MariaDB (one database per subgraph, `<prefix><name>`) instead of SQLite. */
  mysql?: { url: string; prefix: string };
  /** The build whose subgraphs and gateway run (another commit's dist/, for the baseline); this one by default. */
  dist?: string;
}

/** The Hive Gateway CLI from node_modules (never fetched at run time). */
function hiveBin(): string {
  return join(dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist', 'bin.js');
}

/**
 * The product as separate processes, as `npm start` runs it: every subgraph in SERVICES on the
 * seeded SQLite files, then our gateway, and optionally Hive Gateway beside it twice: with its
 * JavaScript query planner and with the Rust one (@graphql-hive/router-runtime).
 */
export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  // Ours start on port 0 and report theirs; Hive Gateway's CLI cannot, so it gets probed ports.
  const [hivePort, rustPort] = await freePorts(2);
  const jwtSecret = randomBytes(32).toString('hex');
  const gatewaySecret = randomBytes(32).toString('hex');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    SQLITE_DIR: opts.sqliteDir,
    JWT_SECRET: jwtSecret,
    GATEWAY_SECRET: gatewaySecret,
    GATEWAY_PORT: '0',
    LOADERS_DISABLED: opts.loadersDisabled ? 'true' : 'false',
    // The webhook sender polls the grid database in the background; its statements would be counted
    // against the requests whose SQL the benchmark measures, so it wakes once an hour here.
    WEBHOOK_POLL_MS: '3600000',
    // The roll-ups measure the SQL behind each answer: the gateway's indicator cache would answer them
    // from memory after the first request. In-flight dedup is off in the main gateway, so that the
    // pass-through and the pool measure the gateway's own cost; the second instance has it on.
    INDICATOR_CACHE_TTL_MS: '0',
    GATEWAY_DEDUP: 'false',
    ...(opts.mysql ? { MYSQL_URL: opts.mysql.url, DB_PREFIX: opts.mysql.prefix } : {}),
  };
  for (const s of SERVICES) env[`${envPrefix(s)}_PORT`] = '0';
  let subgraphs: Record<string, Proc> = {};
  const all: Proc[] = [];
  const stop = async () => {
    await Promise.all(all.map((p) => stopProcess(p.child)));
  };
  try {
    const dist = opts.dist ?? DIST;
    subgraphs = await startSubgraphs(SERVICES, (s) => join(dist, 'services', s, 'main.js'), env);
    all.push(...Object.values(subgraphs));
    const gateway = await startOne('gateway', join(dist, 'gateway', 'main.js'), env);
    all.push(gateway);
    let dedupGateway: Proc | undefined;
    if (opts.dedupGateway) {
      const dedupEnv = { ...env, GATEWAY_PORT: '0', GATEWAY_DEDUP: 'true' };
      dedupGateway = await startOne('gateway', join(DIST, 'gateway', 'main.js'), dedupEnv);
      dedupGateway.name = 'gateway-dedup';
      all.push(dedupGateway);
    }
    let hive: Proc | undefined;
    let hiveRust: Proc | undefined;
    if (opts.hiveViewer) {
      const hiveEnv = {
        PATH: env.PATH,
        NODE_ENV: 'production',
        BENCH_HIVE_PROOF: await signProof(gatewaySecret, opts.hiveViewer, PROOF_TTL_SECONDS),
        BENCH_HIVE_URLS: JSON.stringify(
          Object.fromEntries(Object.entries(subgraphs).map(([n, p]) => [n, p.url])),
        ),
      };
      // The same CLI and configuration for both; the Rust planner is one flag (@graphql-hive/router-runtime).
      const args = (port: number, extra: string[]) => [
        hiveBin(),
        'supergraph',
        SUPERGRAPH_FILE,
        '--config-path',
        join(__dirname, 'hive-gateway.config.js'),
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--fork',
        '1',
        ...extra,
      ];
      hive = spawnProc('hive-gateway', args(hivePort, []), hiveEnv, hivePort, { foreign: true });
      all.push(hive);
      hiveRust = spawnProc(
        'hive-gateway-rust',
        args(rustPort, ['--hive-router-runtime']),
        hiveEnv,
        rustPort,
        { foreign: true },
      );
      all.push(hiveRust);
      await waitHealthy(hive, '/healthcheck');
      await waitHealthy(hiveRust, '/healthcheck');
    }
    return {
      label: opts.label,
      jwtSecret,
      gatewaySecret,
      subgraphs,
      gateway,
      dedupGateway,
      hive,
      hiveRust,
      token: (role, region) =>
        mintToken(
          { sub: `bench-${role.toLowerCase()}`, role, regionPrefix: region },
          { secret: jwtSecret, issuer: ISSUER, audience: AUDIENCE, ttl: '3h' },
        ),
      proofHeaders: async (viewer) => ({
        [PROOF_HEADER]: await signProof(gatewaySecret, viewer, PROOF_TTL_SECONDS),
      }),
      assertAlive: () => {
        const dead = all.find((p) => p.died);
        if (dead) throw new Error(`${dead.died} during the run:\n  ${dead.output.join('\n  ')}`);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
