import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { loadEnv, servicePort, SERVICES, type Env } from '../shared/env';
import { seedAll } from './seed';
import { EXAMPLE_QUERY, exampleGridOf } from './example-query';
import {
  demoIdentities,
  demoPlaceOf,
  demoSecrets,
  loadDemoPlace,
  mintDemoTokens,
  storeDemoPlace,
  type DemoPlace,
} from './demo-auth';
import { generateCity } from '../services/demo-city';
import {
  hangUp,
  portBusy,
  portVariable,
  spawnProc,
  tellPeers,
  waitListening,
  waitUrl,
  type Proc,
} from './processes';

const started = Date.now();
const children = new Map<string, ChildProcess>();
let stopping = false;
/** A child that stays up this long is healthy again: its next death starts the backoff from the beginning. */
const STABLE_MS = 30_000;
const BACKOFF_MS = [500, 1000, 2000, 5000, 10_000];

/**
 * Runs a service; when it dies the others keep serving, and it is started again after a growing
 * pause. A port of 0 is the OS's choice, which the child reports; from then on it is the service's
 * port (in our env), so a restart listens there again and the gateway's URL stays right.
 */
function supervise(name: string, script: string, attempt = 0): Proc {
  const since = Date.now();
  const env = process.env as Record<string, string>;
  const proc = spawnProc(name, [script], env, Number(env[portVariable(name)]), { inherit: true });
  const { child } = proc;
  children.set(name, child);
  void proc.listening?.then((port) => {
    process.env[portVariable(name)] = String(port);
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    const next = Date.now() - since > STABLE_MS ? 0 : attempt + 1;
    const wait = BACKOFF_MS[Math.min(next, BACKOFF_MS.length - 1)];
    console.error(
      `[start] ${name} exited (${signal ?? code}); the others keep serving; restarting it in ${wait} ms (restart ${next + 1})`,
    );
    setTimeout(() => {
      if (stopping) return;
      const again = supervise(name, script, next);
      void again.listening?.then(
        () => hangUp(again),
        () => undefined,
      );
    }, wait).unref();
  });
  return proc;
}

/** Ctrl-C or SIGTERM: every child gets SIGTERM, we wait for all of them (SIGKILL after 10 s), then exit. A second signal exits at once. */
async function stop(code = 0): Promise<void> {
  if (stopping) process.exit(code);
  stopping = true;
  await Promise.all(
    [...children.values()]
      .filter((c) => c.exitCode === null && c.signalCode === null)
      .map(
        (c) =>
          new Promise<void>((resolve) => {
            const kill = setTimeout(() => c.kill('SIGKILL'), 10000);
            c.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            c.kill('SIGTERM');
          }),
      ),
  );
  console.log('[start] all processes stopped');
  process.exit(code);
}

/** The stored example grid (written at seeding); computed once and stored when the data predates it. */
function demoPlace(env: Env): DemoPlace {
  const stored = loadDemoPlace(env);
  if (stored) return stored;
  console.log('[start] finding the example grid once: the data was seeded before it was stored');
  const city = generateCity(env.DEMO_SIZE, env.DEMO_SEED);
  const code = exampleGridOf(city);
  const place = demoPlaceOf(
    env,
    city.geography.regions[0].code,
    city.geography.grids.find((g) => g.code === code)!,
  );
  storeDemoPlace(env, place);
  return place;
}

async function main() {
  // First thing: a signal stops the launcher whatever it is doing (nothing below blocks the event loop for long).
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  const env = loadEnv();
  const ports = [
    ['gateway', env.GATEWAY_PORT] as const,
    ...SERVICES.map((s) => [s, servicePort(env, s)] as const),
  ];
  for (const [name, port] of ports) {
    if (port !== 0 && (await portBusy(env.HOST, port))) {
      throw new Error(
        `port ${port} (${name}) on ${env.HOST} is already in use: is another npm start running? Stop it or set ${name.toUpperCase()}_PORT`,
      );
    }
  }
  const keyed = env.JWT_SECRET || env.JWT_PUBLIC_KEY_FILE || env.JWT_JWKS_FILE;
  if (!keyed || !env.GATEWAY_SECRET) {
    if (env.NODE_ENV === 'production')
      throw new Error(
        'production needs JWT_* and GATEWAY_SECRET; demo secrets are for development only',
      );
    const secrets = demoSecrets(env);
    // Children inherit these; the user's own settings win where given.
    if (!keyed) process.env.JWT_SECRET = secrets.JWT_SECRET;
    process.env.GATEWAY_SECRET ??= secrets.GATEWAY_SECRET;
  }
  await seedAll({ log: (m) => console.log(m) });
  const place = demoPlace(env);
  const dist = join(__dirname, '..');
  const subgraphs = SERVICES.map((s) => supervise(s, join(dist, 'services', s, 'main.js')));
  await Promise.all(subgraphs.map((p) => waitListening(p, 120_000)));
  for (const p of subgraphs) process.env[portVariable(p.name)] = String(p.port);
  await Promise.all(subgraphs.map((p) => waitUrl(p.url.replace(/graphql$/, 'health'))));
  // Each learns where the others listen (they may all have started on port 0).
  await tellPeers(subgraphs, Object.fromEntries(subgraphs.map((p) => [p.name, p.url])));
  for (const p of subgraphs) console.log(`[start] ${p.name} listens on ${p.url}`);
  const gateway = supervise('gateway', join(dist, 'gateway', 'main.js'));
  await waitListening(gateway, 120_000);
  hangUp(gateway);
  process.env.GATEWAY_PORT = String(gateway.port);
  const base = `http://${env.HOST}:${gateway.port}`;
  await waitUrl(`${base}/health`, { timeoutMs: 120_000 });
  const ids = demoIdentities(place.city, place.district, place.street, place.community, place.grid);
  const tokens = process.env.JWT_SECRET
    ? await mintDemoTokens(env, process.env.JWT_SECRET, ids)
    : [];
  // The explorer links these in demo mode only; with the user's own keys no stale demo file is left behind.
  const tokenFile = join(env.SQLITE_DIR, 'demo-tokens.json');
  if (!keyed && tokens.length)
    writeFileSync(
      tokenFile,
      JSON.stringify(tokens.map(({ id, token }) => ({ role: id.role, what: id.what, token }))),
      { mode: 0o600 },
    );
  else rmSync(tokenFile, { force: true });
  const admin = tokens.find((t) => t.id.role === 'CITY_ADMIN')?.token;
  const auth: Record<string, string> = admin ? { authorization: `Bearer ${admin}` } : {};
  const variables = { code: place.grid };
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query: EXAMPLE_QUERY, variables }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  console.log(
    `\n[start] first query answered in ${Date.now() - started} ms after start${body.errors ? ' (with errors!)' : ''}`,
  );
  console.log(
    `\n  Gateway and explorer: ${base}/graphql\n  Cockpit (驾驶舱 · 一张图): ${base}/cockpit${!keyed ? `\n  Demo tokens page: ${base}/explorer/demo-tokens` : ''}\n`,
  );
  console.log(`  Try it:\n\n${EXAMPLE_QUERY}\n\n  variables: ${JSON.stringify(variables)}\n`);
  if (tokens.length) {
    console.log(
      '  Demo tokens (paste one into the explorer as the header  Authorization: Bearer <token>):\n',
    );
    for (const { id, token } of tokens)
      console.log(`  ${id.role.padEnd(16)} ${id.what}\n  ${token}\n`);
  }
  console.log('  Ctrl-C stops every process.');
}

main().catch((err) => {
  console.error(`[start] ${(err as Error).message}`);
  void stop(1);
});
