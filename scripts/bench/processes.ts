import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

/** Every child the benchmark started, so that an error or Ctrl-C stops them all (SIGTERM, then SIGKILL). */
const tracked = new Set<ChildProcess>();

export function track(child: ChildProcess): void {
  tracked.add(child);
  child.once('exit', () => tracked.delete(child));
}

const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

export function stopProcess(child: ChildProcess, graceMs = 10000): Promise<void> {
  if (!alive(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function stopAll(): Promise<void> {
  await Promise.all([...tracked].map((c) => stopProcess(c)));
}

let handlersInstalled = false;

/** Ctrl-C or a SIGTERM: stop every child we started, then exit with the conventional code. */
export function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n[bench] ${signal}: stopping every process the benchmark started`);
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

export interface Proc {
  name: string;
  port: number;
  /** Where GraphQL is served. */
  url: string;
  child: ChildProcess;
  /** The last lines it printed (for an error report). */
  output: string[];
  /** Set when it exits while the benchmark still needs it. */
  died?: string;
}

/** Starts one node process with its own env and keeps the tail of its output. */
export function spawnProc(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  path = '/graphql',
): Proc {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  track(child);
  const proc: Proc = { name, port, url: `http://127.0.0.1:${port}${path}`, child, output: [] };
  const keep = (d: Buffer) => {
    proc.output.push(...String(d).split('\n').filter(Boolean));
    if (proc.output.length > 40) proc.output.splice(0, proc.output.length - 40);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.once('exit', (code, signal) => {
    proc.died = `${name} exited (${signal ?? code})`;
  });
  return proc;
}

export async function waitHealthy(
  proc: Proc,
  healthPath: string,
  timeoutMs = 60000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const url = `http://127.0.0.1:${proc.port}${healthPath}`;
  for (;;) {
    if (proc.died) throw new Error(`${proc.died} while starting:\n  ${proc.output.join('\n  ')}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline)
      throw new Error(
        `${url} did not become healthy in ${timeoutMs} ms:\n  ${proc.output.join('\n  ')}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}
