import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { loadEnv, servicePort, SERVICES } from '../shared/env';
import { seedAll } from './seed';
import { EXAMPLE_QUERY, exampleGridCode } from './example-query';
import { demoIdentities, demoSecrets, mintDemoTokens } from './demo-auth';
import { generateGeography } from '../shared/demo/geography';

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

/** Tokens for each role, placed in the demo city the seeder wrote (same size and seed). */
async function demoTokens(env: ReturnType<typeof loadEnv>, secret: string) {
  const geo = generateGeography(env.DEMO_SIZE, env.DEMO_SEED);
  const grid = geo.grids.find((g) => g.code === exampleGridCode(env.DEMO_SIZE, env.DEMO_SEED))!;
  const community = grid.regionCode;
  const street = community.slice(0, 9);
  const district = community.slice(0, 6);
  return mintDemoTokens(env, secret, demoIdentities(geo.regions[0].code, district, street, community, grid.code));
}

async function main() {
  const env = loadEnv();
  const keyed = env.JWT_SECRET || env.JWT_PUBLIC_KEY_FILE || env.JWT_JWKS_FILE;
  if (!keyed || !env.GATEWAY_SECRET) {
    if (env.NODE_ENV === 'production') throw new Error('production needs JWT_* and GATEWAY_SECRET; demo secrets are for development only');
    const secrets = demoSecrets(env);
    // Children inherit these; the user's own settings win where given.
    if (!keyed) process.env.JWT_SECRET = secrets.JWT_SECRET;
    process.env.GATEWAY_SECRET ??= secrets.GATEWAY_SECRET;
  }
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  await seedAll({ log: (m) => console.log(m) });
  const dist = join(__dirname, '..');
  for (const s of SERVICES) spawnNode(s, join(dist, 'services', s, 'main.js'));
  await Promise.all(SERVICES.map((s) => waitHealthy(`http://${env.HOST}:${servicePort(env, s)}/health`)));
  spawnNode('gateway', join(dist, 'gateway', 'main.js'));
  const base = `http://${env.HOST}:${env.GATEWAY_PORT}`;
  await waitHealthy(`${base}/health`);
  const tokens = process.env.JWT_SECRET ? await demoTokens(env, process.env.JWT_SECRET) : [];
  // The explorer links these in demo mode only; with the user's own keys no stale demo file is left behind.
  const tokenFile = join(env.SQLITE_DIR, 'demo-tokens.json');
  if (!keyed && tokens.length) writeFileSync(tokenFile, JSON.stringify(tokens.map(({ id, token }) => ({ role: id.role, what: id.what, token }))), { mode: 0o600 });
  else rmSync(tokenFile, { force: true });
  const admin = tokens.find((t) => t.id.role === 'CITY_ADMIN')?.token;
  const auth: Record<string, string> = admin ? { authorization: `Bearer ${admin}` } : {};
  const variables = { code: exampleGridCode(env.DEMO_SIZE, env.DEMO_SEED) };
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query: EXAMPLE_QUERY, variables }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  console.log(`\n[start] first query answered in ${Date.now() - started} ms after start${body.errors ? ' (with errors!)' : ''}`);
  console.log(`\n  Gateway and explorer: ${base}/graphql\n  Cockpit (驾驶舱 · 一张图): ${base}/cockpit${!keyed ? `\n  Demo tokens page: ${base}/explorer/demo-tokens` : ''}\n`);
  console.log(`  Try it:\n\n${EXAMPLE_QUERY}\n\n  variables: ${JSON.stringify(variables)}\n`);
  if (tokens.length) {
    console.log('  Demo tokens (paste one into the explorer as the header  Authorization: Bearer <token>):\n');
    for (const { id, token } of tokens) console.log(`  ${id.role.padEnd(16)} ${id.what}\n  ${token}\n`);
  }
  console.log('  Ctrl-C stops every process.');
}

main().catch((err) => {
  console.error(`[start] ${(err as Error).message}`);
  void stop(1);
});
