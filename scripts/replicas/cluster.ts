import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPH_LIST, envPrefix, type ServiceName } from '../../shared/subgraphs';
import { databaseName, dropMysqlDatabase } from '../../shared/data-source';
import { PROJECT_ROOT } from '../../shared/paths';
import { mintToken } from '../../shared/auth/tokens';
import { PROOF_HEADER, signProof } from '../../shared/auth/gateway-proof';
import type { Role, Viewer } from '../../shared/viewer';
import {
  freePorts,
  hangUp,
  spawnProc,
  stopProcess,
  waitHealthy,
  waitListening,
  type Proc,
} from '../processes';
import { startNginx, type Nginx, type Upstream } from './nginx';

/** The built processes, whether this module runs from dist/ (npm run replicas) or from source (jest). */
const DIST = join(PROJECT_ROOT, 'dist');
const ISSUER = 'grids';
const AUDIENCE = 'grids-graph';

export interface ReplicaOptions {
  /** The one MySQL/MariaDB every replica shares (each subgraph its own database, as always). */
  mysqlUrl: string;
  /** Replicas of every subgraph (default 2). */
  replicas?: number;
  /** Gateway replicas (default 2). */
  gateways?: number;
  /** Database name prefix (default a fresh `t_rp_<hex>_`, dropped by close()). */
  dbPrefix?: string;
  /** Drop the databases on close (default: when the prefix was made up here). */
  dropOnClose?: boolean;
  /** The port clients use: nginx in front of the gateways (default a free one). */
  frontPort?: number;
  /** Extra environment for every process (LOG_LEVEL, DEMO_SIZE, ...). */
  env?: Record<string, string>;
  /** Keep every output line of every process (tests that read logs); default the last 40. */
  keepLogs?: boolean;
  log?: (msg: string) => void;
}

/** Two (or N) of every process behind nginx, on one MySQL: what "past one machine" looks like on one. */
export interface ReplicaCluster {
  /** Where clients send GraphQL: nginx, in front of the gateways. */
  url: string;
  dir: string;
  /** The environment every process shares (secrets, MySQL, prefix). */
  env: Record<string, string>;
  nginx: Nginx;
  /** Every replica by name: `gateway#1`, `grid#2`, ... */
  procs: Record<string, Proc>;
  gateways: string[];
  /** The replicas of each subgraph, by subgraph. */
  replicasOf: Record<ServiceName, string[]>;
  /** Where the gateways reach a subgraph: its nginx upstream. */
  subgraphUrl(name: ServiceName): string;
  token(role: Role, region: string, dept?: string): Promise<string>;
  /** Headers a subgraph replica accepts directly: a proof for this viewer, as any gateway would sign it. */
  proofHeaders(viewer: Viewer): Promise<Record<string, string>>;
  /** GraphQL operations this replica has answered since it started (its /metrics). */
  served(name: string): Promise<number>;
  /** Starts a replica that is down again, on its port (nginx's upstream lists it). */
  start(name: string): Promise<Proc>;
  kill(name: string, signal?: NodeJS.Signals): Promise<number | null>;
  running(name: string): boolean;
  close(): Promise<void>;
}

/** Seeds (migrations, then demo data when the databases are empty) before any replica starts, so replicas never race on migrations. */
async function seed(env: Record<string, string>): Promise<void> {
  const p = spawnProc('seed', [join(DIST, 'scripts', 'seed.js')], env, 0);
  const code = await new Promise<number | null>((resolve) => p.child.once('exit', resolve));
  if (code !== 0) throw new Error(`seeding failed (${code}):\n  ${p.output.join('\n  ')}`);
}

/** Sums a counter's series in a Prometheus text page. */
export function counterTotal(page: string, name: string): number {
  let total = 0;
  for (const line of page.split('\n'))
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `))
      total += Number(line.slice(line.lastIndexOf(' ') + 1));
  return total;
}

export async function startReplicas(opts: ReplicaOptions): Promise<ReplicaCluster> {
  if (!existsSync(join(DIST, 'scripts', 'seed.js')))
    throw new Error('dist/ is missing: build first (npm run build; npm test builds it too)');
  const replicas = opts.replicas ?? 2;
  const gatewayCount = opts.gateways ?? 2;
  const log = opts.log ?? (() => {});
  const dbPrefix = opts.dbPrefix ?? `t_rp_${randomBytes(3).toString('hex')}_`;
  const drop = opts.dropOnClose ?? !opts.dbPrefix;
  const dir = mkdtempSync(join(tmpdir(), 'grids-replicas-'));
  const n = SUBGRAPH_LIST.length;
  // nginx cannot report a port, so its are probed; the replicas and gateways behind it start on port 0.
  const ports = await freePorts(n + (opts.frontPort ? 0 : 1));
  const take = (k: number) => ports.splice(0, k);
  const front = opts.frontPort ?? take(1)[0];
  const lbPort = Object.fromEntries(SUBGRAPH_LIST.map((s) => [s.name, take(1)[0]])) as Record<
    ServiceName,
    number
  >;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    SQLITE_DIR: dir,
    MYSQL_URL: opts.mysqlUrl,
    DB_PREFIX: dbPrefix,
    // Twelve subgraph processes on one server: 4 connections each keeps them well under MySQL's
    // default max_connections (151) beside whatever else uses it (the test suite's other worker).
    MYSQL_POOL_SIZE: '4',
    JWT_SECRET: randomBytes(32).toString('hex'),
    GATEWAY_SECRET: randomBytes(32).toString('hex'),
    ...opts.env,
  };
  const subgraphUrl = (s: ServiceName) => `http://127.0.0.1:${lbPort[s]}/graphql`;
  const procs: Record<string, Proc> = {};
  /** How each is started: port 0 the first time, then the port it reported (nginx lists that one). */
  const plan: Record<string, { script: string; port: number; env: Record<string, string> }> = {};
  const gateways: string[] = [];
  const replicasOf = {} as Record<ServiceName, string[]>;
  // Every subgraph through its balancer: for the gateways, and for the subgraphs that ask a peer
  // inside a write (shared/peer.ts; a volunteer replica checks a claimant with party).
  const toSubgraphs = Object.fromEntries(
    SUBGRAPH_LIST.map((s) => [`${envPrefix(s.name)}_URL`, subgraphUrl(s.name)]),
  );
  for (const s of SUBGRAPH_LIST) {
    const portVar = `${envPrefix(s.name)}_PORT`;
    replicasOf[s.name] = Array.from({ length: replicas }, (_, i) => {
      const name = `${s.name}#${i + 1}`;
      const script = join(DIST, 'services', s.name, 'main.js');
      plan[name] = { script, port: 0, env: { ...env, ...toSubgraphs, [portVar]: '0' } };
      return name;
    });
  }
  for (let i = 0; i < gatewayCount; i += 1) {
    const name = `gateway#${i + 1}`;
    gateways.push(name);
    const script = join(DIST, 'gateway', 'main.js');
    plan[name] = { script, port: 0, env: { ...env, ...toSubgraphs, GATEWAY_PORT: '0' } };
  }
  const start = async (name: string): Promise<Proc> => {
    const p = plan[name];
    if (!p) throw new Error(`no replica named ${name}`);
    const proc = spawnProc(name, [p.script], p.env, p.port, {
      keepLines: opts.keepLogs ? Infinity : 40,
    });
    procs[name] = proc;
    // Generous: a loaded machine starts a dozen Node processes slowly; a process that dies fails at once.
    await waitListening(proc, 180000);
    hangUp(proc); // its peers are the balancers, in its env
    await waitHealthy(proc, '/health', 180000);
    // Started again, it listens here: nginx's upstream lists this port.
    p.port = proc.port;
    const portVar = name.startsWith('gateway#')
      ? 'GATEWAY_PORT'
      : `${envPrefix(name.split('#')[0])}_PORT`;
    p.env = { ...p.env, [portVar]: String(proc.port) };
    return proc;
  };
  const upstreams = (): Upstream[] => [
    {
      name: 'gateway',
      listen: front,
      servers: gateways.map((g) => plan[g].port),
      unavailable: { message: 'no gateway replica answered', code: 'GATEWAY_UNAVAILABLE' },
    },
    ...SUBGRAPH_LIST.map((s) => ({
      name: s.name,
      listen: lbPort[s.name],
      servers: replicasOf[s.name].map((r) => plan[r].port),
      unavailable: {
        message: `no replica of subgraph ${s.name} answered`,
        code: 'SUBGRAPH_UNAVAILABLE',
        subgraph: s.name,
      },
    })),
  ];
  let nginx: Nginx | undefined;
  const stopAllReplicas = () =>
    Promise.all(Object.values(procs).map((p) => stopProcess(p.child, 10000)));
  const close = async () => {
    // Gateways first, so no request is sent to a subgraph that is already stopping.
    await Promise.all(gateways.map((g) => procs[g] && stopProcess(procs[g].child, 10000)));
    await stopAllReplicas();
    await nginx?.stop();
    if (drop)
      for (const s of SUBGRAPH_LIST)
        await dropMysqlDatabase(
          opts.mysqlUrl,
          databaseName({ kind: 'mysql', url: opts.mysqlUrl, prefix: dbPrefix }, s.name),
        );
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    log(`seeding ${dbPrefix}* on MySQL (migrations first, once, before any replica starts)`);
    await seed(env);
    // One replica of every subgraph at a time: a wave is as many processes as there are subgraphs.
    for (let i = 0; i < replicas; i += 1) {
      await Promise.all(SUBGRAPH_LIST.map((s) => start(replicasOf[s.name][i])));
      log(`replica ${i + 1} of every subgraph is healthy`);
    }
    await Promise.all(gateways.map((name) => start(name)));
    log(`${gateways.length} gateways are healthy`);
    // Now that every replica has said where it listens, nginx balances over those ports.
    nginx = await startNginx(dir, upstreams());
    log(`nginx listens on ${front} (gateways) and ${Object.values(lbPort).join(', ')} (subgraphs)`);
  } catch (err) {
    await close();
    throw err;
  }
  const running = (name: string) =>
    Boolean(procs[name]) && procs[name].child.exitCode === null && !procs[name].child.signalCode;
  return {
    url: `http://127.0.0.1:${front}/graphql`,
    dir,
    env,
    nginx: nginx!,
    procs,
    gateways,
    replicasOf,
    subgraphUrl,
    token: (role, region, dept) =>
      mintToken(
        { sub: `replicas-${role.toLowerCase()}`, role, regionPrefix: region, departmentCode: dept },
        { secret: env.JWT_SECRET, issuer: ISSUER, audience: AUDIENCE, ttl: '3h' },
      ),
    proofHeaders: async (viewer) => ({
      [PROOF_HEADER]: await signProof(env.GATEWAY_SECRET, viewer, 600),
    }),
    served: async (name) => {
      const res = await fetch(`http://127.0.0.1:${plan[name].port}/metrics`);
      return counterTotal(await res.text(), 'graphql_requests_total');
    },
    start,
    kill: (name, signal = 'SIGKILL') => stopProcess(procs[name].child, 10000, signal),
    running,
    close,
  };
}
