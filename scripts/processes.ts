import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

/**
 * The product's processes as OS children: the one copy of spawning, health waiting, stopping and port
 * finding that the launcher (scripts/start.ts), the benchmark (scripts/bench), the replicas recipe
 * (scripts/replicas) and the tests that kill real processes (test/helpers/processes.ts) share.
 */

/** Every child started through here, so that an error or Ctrl-C stops them all (SIGTERM, then SIGKILL). */
const tracked = new Set<ChildProcess>();

export function track(child: ChildProcess): void {
  tracked.add(child);
  child.once('exit', () => tracked.delete(child));
}

export const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

/** SIGTERM (or `signal`), then SIGKILL after `graceMs`; resolves with the exit code once it has exited. */
export function stopProcess(
  child: ChildProcess,
  graceMs = 10000,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (!alive(child)) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', (code) => {
      clearTimeout(kill);
      resolve(code);
    });
    child.kill(signal);
  });
}

export async function stopAll(): Promise<void> {
  await Promise.all([...tracked].map((c) => stopProcess(c)));
}

let handlersInstalled = false;

/** Ctrl-C or a SIGTERM: stop every child we started, then exit with the conventional code. */
export function installSignalHandlers(tag = 'bench'): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n[${tag}] ${signal}: stopping every process it started`);
      void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/** Ports the OS says are free now. */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<import('node:net').Server>((resolve) => {
          const s = createServer();
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** Whether something already listens on the port (another `npm start`, say). */
export function portBusy(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

export interface Proc {
  name: string;
  port: number;
  /** Where GraphQL is served. */
  url: string;
  child: ChildProcess;
  /** The last lines it printed (for an error report, or for a test that reads the logs). */
  output: string[];
  /** Set when it exits while it is still needed. */
  died?: string;
}

export interface SpawnOptions {
  /** Where GraphQL is served (default /graphql). */
  path?: string;
  /** How many of its last output lines to keep (default 40; tests that read logs keep them all). */
  keepLines?: number;
  /** The program to run (default this node); `args` are its arguments. */
  command?: string;
}

/** Starts one node process (or `opts.command`) with its own env and keeps the tail of its output. */
export function spawnProc(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  opts: SpawnOptions = {},
): Proc {
  const keepLines = opts.keepLines ?? 40;
  const child = spawn(opts.command ?? process.execPath, args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  const proc: Proc = {
    name,
    port,
    url: `http://127.0.0.1:${port}${opts.path ?? '/graphql'}`,
    child,
    output: [],
  };
  const keep = (d: Buffer) => {
    proc.output.push(...String(d).split('\n').filter(Boolean));
    if (proc.output.length > keepLines) proc.output.splice(0, proc.output.length - keepLines);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.once('exit', (code, signal) => {
    proc.died = `${name} exited (${signal ?? code})`;
  });
  return proc;
}

/**
 * Polls `url` until it answers 2xx. `died` names a reason to stop waiting at once (the process
 * exited); the error then carries `output`, the process's last lines.
 */
export async function waitUrl(
  url: string,
  opts: { timeoutMs?: number; died?: () => string | undefined; output?: () => string[] } = {},
): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 60000;
  const deadline = Date.now() + timeoutMs;
  const tail = () => (opts.output ? `:\n  ${opts.output().join('\n  ')}` : '');
  for (;;) {
    const dead = opts.died?.();
    if (dead) throw new Error(`${dead} while starting${tail()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline)
      throw new Error(`${url} did not become healthy in ${timeoutMs} ms${tail()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function waitHealthy(proc: Proc, healthPath: string, timeoutMs = 60000): Promise<void> {
  return waitUrl(`http://127.0.0.1:${proc.port}${healthPath}`, {
    timeoutMs,
    died: () => proc.died,
    output: () => proc.output,
  });
}
