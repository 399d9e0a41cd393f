import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';
import { SERVICES } from '../../shared/env';
import { databaseName, dropMysqlDatabase } from '../../shared/data-source';
import { portVariable } from '../../scripts/processes';
import { waitUntil } from './wait';

/** `npm start` as built by `npm test` (dist/scripts/start.js). */
export const START = join(PROJECT_ROOT, 'dist', 'scripts', 'start.js');

/** A launcher child and everything it printed so far (stdout and stderr, in order). */
export interface Launched {
  child: ChildProcess;
  out: { text: string };
}

/**
 * `npm start` over the SQLite folder `dir` (and MySQL databases named with `prefix` when the run
 * has MYSQL_URL), every process on port 0 unless `ports` names one (a service, or 'gateway'). The
 * caller's JWT and gateway secrets are left out, so the launcher makes its own as a newcomer's would.
 */
export function launch(dir: string, prefix: string, ports: Record<string, number> = {}): Launched {
  const {
    JWT_SECRET: _j,
    GATEWAY_SECRET: _g,
    ...inherited
  } = process.env as Record<string, string>;
  const env: Record<string, string> = {
    ...inherited,
    SQLITE_DIR: dir,
    GATEWAY_PORT: String(ports.gateway ?? 0),
    DB_PREFIX: prefix,
  };
  for (const s of SERVICES) env[portVariable(s)] = String(ports[s] ?? 0);
  const child = spawn(process.execPath, [START], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { text: '' };
  const collect = (d: Buffer) => {
    out.text += d;
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  return { child, out };
}

/** Waits on a condition (shared waitUntil); fails with the launcher's output when it never holds. */
export async function until(
  what: string,
  cond: () => boolean | Promise<boolean>,
  out: { text: string },
  ms = 200_000,
): Promise<void> {
  await waitUntil(what, cond, ms).catch((err: Error) => {
    throw new Error(`${err.message}:\n${out.text}`);
  });
}

/** The child's exit code once it has exited (at once if it already has). */
export const exited = (c: ChildProcess) =>
  new Promise<number | null>((r) =>
    c.exitCode !== null ? r(c.exitCode) : c.once('exit', (code) => r(code)),
  );

/** Drops the MySQL databases of every subgraph named with `prefix` (a launch's, a cluster's), when the run has MYSQL_URL. */
export async function dropLaunchDatabases(prefix: string): Promise<void> {
  const url = process.env.MYSQL_URL;
  if (url)
    for (const s of SERVICES)
      await dropMysqlDatabase(url, databaseName({ kind: 'mysql', url, prefix }, s));
}
