import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import type { ListeningReport, PeersMessage } from '../shared/listening';
import { envPrefix } from '../shared/subgraphs';

/**
 * The product's processes as OS children: the one copy of spawning, waiting, stopping and port
 * handling that the launcher (scripts/start.ts), the benchmark (scripts/bench), the replicas recipe
 * (scripts/replicas) and the tests that kill real processes (test/helpers/processes.ts) share.
 *
 * Our own processes start on port 0 and report the port the OS gave them over an IPC channel
 * (shared/listening.ts): nothing is probed and handed over. A process started again after it died
 * listens on the port it had, because the gateway (or nginx) keeps that address. Only third-party
 * servers that cannot report (nginx, the Hive Gateway peers of the benchmark) get a probed port
 * from freePorts.
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

/** Ports the OS says are free now: for third-party servers only (ours listen on port 0 and report). */
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
  /** Where it listens: the port asked for, or once it has reported (port 0), the one the OS gave it. */
  port: number;
  /** Where GraphQL is served. */
  url: string;
  child: ChildProcess;
  /** The last lines it printed (for an error report, or for a test that reads the logs). */
  output: string[];
  /** Set when it exits while it is still needed. */
  died?: string;
  /** Our own node processes: resolves with the port once the child reports that it listens. */
  listening?: Promise<number>;
}

export interface SpawnOptions {
  /** Where GraphQL is served (default /graphql). */
  path?: string;
  /** How many of its last output lines to keep (default 40; tests that read logs keep them all). */
  keepLines?: number;
  /**
   * Another program (a third-party server, which has no IPC handshake: give it a port from
   * freePorts); `args` are its arguments. Default: this node, with the IPC channel.
   */
  command?: string;
  /** Its output goes to ours (the launcher) instead of being kept. */
  inherit?: boolean;
  /** A node program of someone else's (Hive Gateway's CLI): no IPC channel, no report. */
  foreign?: boolean;
}

/**
 * Starts one process with its own env. Our node processes get an IPC channel on which they report
 * where they listen (`proc.listening`), so `port` may be 0; the tail of the output is kept.
 */
export function spawnProc(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  opts: SpawnOptions = {},
): Proc {
  const keepLines = opts.keepLines ?? 40;
  const ours = !opts.command && !opts.foreign;
  const out = opts.inherit ? 'inherit' : 'pipe';
  const child = spawn(opts.command ?? process.execPath, args, {
    env,
    stdio: ours ? ['ignore', out, out, 'ipc'] : ['ignore', out, out],
  });
  track(child);
  const path = opts.path ?? '/graphql';
  const proc: Proc = {
    name,
    port,
    url: `http://127.0.0.1:${port}${path}`,
    child,
    output: [],
  };
  const keep = (d: Buffer) => {
    proc.output.push(...String(d).split('\n').filter(Boolean));
    if (proc.output.length > keepLines) proc.output.splice(0, proc.output.length - keepLines);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', (code, signal) => {
    proc.died = `${name} exited (${signal ?? code})`;
  });
  if (ours) {
    proc.listening = new Promise<number>((resolve, reject) => {
      child.on('message', (m: ListeningReport) => {
        if (m?.type !== 'listening') return;
        proc.port = m.port;
        proc.url = `http://127.0.0.1:${m.port}${path}`;
        resolve(m.port);
      });
      child.once('exit', () =>
        reject(new Error(`${proc.died} before it listened${lastLines(proc)}`)),
      );
    });
    proc.listening.catch(() => undefined); // the waiter reports it
  }
  return proc;
}

const lastLines = (proc: Proc) => (proc.output.length ? `:\n  ${proc.output.join('\n  ')}` : '');

/** Waits for one of our processes to report that it listens (it exits or times out: an error with its last lines). */
export async function waitListening(proc: Proc, timeoutMs = 60000): Promise<number> {
  if (!proc.listening) throw new Error(`${proc.name} has no IPC channel to report on`);
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      proc.listening,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `${proc.name} did not report listening in ${timeoutMs} ms${lastLines(proc)}`,
              ),
            ),
          timeoutMs,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Tells subgraphs that started together on port 0 where their peers listen, waits until each has
 * taken the addresses, then closes the IPC channels (nothing more is said on them).
 */
export async function tellPeers(
  procs: Proc[],
  urls: Record<string, string>,
  timeoutMs = 10000,
): Promise<void> {
  await Promise.all(
    procs.map(
      (p) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () =>
              reject(
                new Error(`${p.name} did not take its peers in ${timeoutMs} ms${lastLines(p)}`),
              ),
            timeoutMs,
          );
          p.child.on('message', (m: { type?: string }) => {
            if (m?.type !== 'peers-taken') return;
            clearTimeout(timer);
            resolve();
          });
          p.child.send({ type: 'peers', urls } satisfies PeersMessage);
        }),
    ),
  );
  for (const p of procs) hangUp(p);
}

/** Closes a child's IPC channel once it has reported: it keeps neither process waiting. */
export function hangUp(proc: Proc): void {
  if (proc.child.connected) proc.child.disconnect();
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

/** The variable a process of ours takes its port from. */
export const portVariable = (name: string) =>
  name === 'gateway' ? 'GATEWAY_PORT' : `${envPrefix(name)}_PORT`;

/**
 * Our subgraphs, all at once, each on the port the OS gives it (`env` has them at 0, or the port a
 * restart must keep); each learns where the others are, and `env` then holds every port, so the
 * gateway started with it finds them and a subgraph started again listens where it did.
 */
export async function startSubgraphs(
  names: readonly string[],
  script: (name: string) => string,
  env: Record<string, string>,
  opts: SpawnOptions & { timeoutMs?: number } = {},
): Promise<Record<string, Proc>> {
  const procs = names.map((n) =>
    spawnProc(n, [script(n)], env, Number(env[portVariable(n)] ?? 0), opts),
  );
  try {
    await Promise.all(procs.map((p) => waitListening(p, opts.timeoutMs)));
    await Promise.all(procs.map((p) => waitHealthy(p, '/health', opts.timeoutMs)));
    await tellPeers(procs, Object.fromEntries(procs.map((p) => [p.name, p.url])));
  } catch (err) {
    await Promise.all(procs.map((p) => stopProcess(p.child)));
    throw err;
  }
  for (const p of procs) env[portVariable(p.name)] = String(p.port);
  return Object.fromEntries(procs.map((p) => [p.name, p]));
}

/** One process of ours on its port variable's port (0: the OS's), ready when it reports and answers its health check. */
export async function startOne(
  name: string,
  script: string,
  env: Record<string, string>,
  opts: SpawnOptions & { timeoutMs?: number; healthPath?: string } = {},
): Promise<Proc> {
  const proc = spawnProc(name, [script], env, Number(env[portVariable(name)] ?? 0), opts);
  try {
    await waitListening(proc, opts.timeoutMs);
    await waitHealthy(proc, opts.healthPath ?? '/health', opts.timeoutMs);
  } catch (err) {
    await stopProcess(proc.child);
    throw err;
  }
  hangUp(proc);
  return proc;
}
