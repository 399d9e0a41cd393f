import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadEnv, servicePort, SERVICES } from '../shared/env';
import { seedAll } from './seed';
import { EXAMPLE_QUERY, exampleVariables } from './example-query';

const started = Date.now();
const children: ChildProcess[] = [];
let stopping = false;

function spawnNode(name: string, script: string): ChildProcess {
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`[start] ${name} exited (${signal ?? code}); stopping everything`);
    if (!stopping) void stop(1);
  });
  children.push(child);
  return child;
}

async function waitHealthy(url: string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not become healthy in ${timeoutMs} ms`);
}

/** Ctrl-C: every child gets SIGTERM, we wait for all of them, then exit. */
async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children
      .filter((c) => c.exitCode === null && c.signalCode === null)
      .map((c) => new Promise<void>((resolve) => {
        const kill = setTimeout(() => c.kill('SIGKILL'), 10000);
        c.once('exit', () => { clearTimeout(kill); resolve(); });
        c.kill('SIGTERM');
      })),
  );
  console.log('[start] all processes stopped');
  process.exit(code);
}

async function main() {
  const env = loadEnv();
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  await seedAll({ log: (m) => console.log(m) });
  const dist = join(__dirname, '..');
  for (const s of SERVICES) spawnNode(s, join(dist, 'services', s, 'main.js'));
  await Promise.all(SERVICES.map((s) => waitHealthy(`http://${env.HOST}:${servicePort(env, s)}/health`)));
  spawnNode('gateway', join(dist, 'gateway', 'main.js'));
  const base = `http://${env.HOST}:${env.GATEWAY_PORT}`;
  await waitHealthy(`${base}/health`);
  const variables = await exampleVariables(`${base}/graphql`);
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: EXAMPLE_QUERY, variables }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  console.log(`\n[start] first query answered in ${Date.now() - started} ms after start${body.errors ? ' (with errors!)' : ''}`);
  console.log(`\n  Gateway and explorer: ${base}/graphql\n`);
  console.log(`  Try it:\n\n${EXAMPLE_QUERY}\n\n  variables: ${JSON.stringify(variables)}\n`);
  console.log('  Ctrl-C stops every process.');
}

main().catch((err) => {
  console.error(`[start] ${(err as Error).message}`);
  void stop(1);
});
