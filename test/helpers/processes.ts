import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PROJECT_ROOT } from '../../shared/paths';
import { SERVICES } from '../../shared/env';
import { dropLaunchDatabases } from './launcher';
import { mintToken } from '../../shared/auth/tokens';
import type { Role } from '../../shared/viewer';
import {
  portVariable,
  startOne,
  startSubgraphs,
  stopProcess,
  type Proc,
} from '../../scripts/processes';

const DIST = join(PROJECT_ROOT, 'dist');

export type { Proc };

/** The product as separate OS processes (built dist/), for tests that kill and restart them. */
export interface Cluster {
  env: Record<string, string>;
  gatewayUrl: string;
  procs: Record<string, Proc>;
  token(role: Role, region: string, dept?: string): Promise<string>;
  start(name: string): Promise<Proc>;
  kill(name: string, signal?: NodeJS.Signals): Promise<number | null>;
  close(): Promise<void>;
}

export async function startCluster(
  opts: { without?: string[]; extraEnv?: Record<string, string> } = {},
): Promise<Cluster> {
  if (!existsSync(join(DIST, 'scripts', 'start.js')))
    throw new Error('dist/ is missing: `npm test` builds it first');
  const dir = mkdtempSync(join(tmpdir(), 'grids-cluster-'));
  const { MYSQL_URL } = process.env;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    SQLITE_DIR: dir,
    DB_PREFIX: `t_cl_${randomBytes(3).toString('hex')}_`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    GATEWAY_SECRET: randomBytes(32).toString('hex'),
    // Everything starts on port 0 and reports the port it got (scripts/processes.ts).
    GATEWAY_PORT: '0',
    LOG_LEVEL: 'info',
    ...(MYSQL_URL ? { MYSQL_URL } : {}),
    ...opts.extraEnv,
  };
  for (const s of SERVICES) env[portVariable(s)] = '0';
  execFileSync(process.execPath, [join(DIST, 'scripts', 'seed.js')], { env, stdio: 'pipe' });
  const procs: Record<string, Proc> = {};
  const script = (name: string) =>
    name === 'gateway' ? join(DIST, 'gateway', 'main.js') : join(DIST, 'services', name, 'main.js');
  // Tests read the logs, so every line is kept (one entry per line, without its newline).
  const keep = { keepLines: Infinity };
  /** Starts one again (after a kill, or one left out at first) on the port it had: the gateway keeps the URL. */
  const start = async (name: string): Promise<Proc> => {
    procs[name] = await startOne(name, script(name), env, { ...keep, timeoutMs: 20000 });
    env[portVariable(name)] = String(procs[name].port);
    return procs[name];
  };
  const kill = (name: string, signal: NodeJS.Signals = 'SIGKILL') =>
    stopProcess(procs[name].child, 10000, signal);
  // Every subgraph at once, each on the port the OS gives it; then each learns where the others are.
  Object.assign(procs, await startSubgraphs(SERVICES, script, env, { ...keep, timeoutMs: 60000 }));
  // Left out for now: its address is the gateway's already, and a test starts it there later.
  await Promise.all((opts.without ?? []).map((s) => kill(s, 'SIGTERM')));
  await start('gateway');
  return {
    env,
    gatewayUrl: procs.gateway.url,
    procs,
    token: (role, region, dept) =>
      mintToken(
        { sub: `cluster-${role}`, role, regionPrefix: region, departmentCode: dept },
        { secret: env.JWT_SECRET, issuer: 'grids', audience: 'grids-graph' },
      ),
    start,
    kill,
    close: async () => {
      for (const name of Object.keys(procs)) await kill(name, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
      await dropLaunchDatabases(env.DB_PREFIX);
    },
  };
}
