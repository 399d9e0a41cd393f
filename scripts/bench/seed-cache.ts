import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';
import type { DemoSize } from '../../shared/demo/geography';
import { SUBGRAPHS } from '../../services/registry';
import { track } from '../processes';

export interface SeedCache {
  dir: string;
  /** Milliseconds the seeding took: now (cold) or when the cache was made (warm). */
  seedMs: number;
  /** True when this run seeded it. */
  cold: boolean;
}

const MARKER = 'seeded.json';

/** Every file under a folder (compiled JS only), sorted, for the fingerprint. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.js') ? [p] : [];
    });
}

/**
 * What the seeded files depend on: the compiled migrations and seeders of every subgraph and the
 * demo-city generator. When any of them changes (a migration edited in place, a new table, other
 * demo data), the cache is stale and is seeded again rather than served with the old schema.
 */
function fingerprint(): string {
  const dist = join(__dirname, '..', '..');
  const files = [
    ...SUBGRAPHS.flatMap((m) => [
      ...filesUnder(join(dist, 'services', m.name, 'migrations')),
      join(dist, 'services', m.name, 'seed.js'),
    ]),
    ...filesUnder(join(dist, 'shared', 'demo')),
    join(dist, 'shared', 'seed-writer.js'),
  ];
  const hash = createHash('sha256');
  for (const f of files)
    if (existsSync(f)) hash.update(f.slice(dist.length)).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

/** Runs one seed worker for some subgraphs and prints its progress under a prefix. */
function runWorker(dir: string, size: DemoSize, seed: number, names: string[]): Promise<void> {
  const script = join(__dirname, 'seed-worker.js');
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=8192', script, dir, size, String(seed), ...names],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' },
    },
  );
  track(child);
  const tag = `[bench] seed ${size} (${names.join(', ')})`;
  let lastPrinted = 0;
  const print = (line: string, force = false) => {
    // Table totals and "done" always; the in-table progress lines at most every 3 seconds.
    const progress = /: \d+\/\d+$/.test(line);
    if (!force && progress && Date.now() - lastPrinted < 3000) return;
    lastPrinted = Date.now();
    console.log(`${tag} ${line}`);
  };
  child.stdout!.on('data', (d) =>
    String(d)
      .split('\n')
      .filter(Boolean)
      .forEach((l) => print(l)),
  );
  const errors: string[] = [];
  child.stderr!.on('data', (d) => errors.push(String(d)));
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${tag} failed (${signal ?? code}): ${errors.join('').slice(-2000)}`));
    });
  });
}

/** Seconds each subgraph took to seed the province on this machine, one after another: the split's weights. */
const WEIGHT: Record<string, number> = {
  grid: 84,
  volunteer: 83,
  party: 35,
  property: 33,
  urban: 3,
};

/** Two groups of about equal seeding time (largest first, each to the lighter group). */
function splitInTwo(names: string[]): [string[], string[]] {
  const groups: [string[], string[]] = [[], []];
  const load = [0, 0];
  for (const n of [...names].sort((a, b) => (WEIGHT[b] ?? 10) - (WEIGHT[a] ?? 10))) {
    const i = load[0] <= load[1] ? 0 : 1;
    groups[i].push(n);
    load[i] += WEIGHT[n] ?? 10;
  }
  return groups;
}

/**
 * The seeded SQLite files of a (size, seed) city under data/bench-<size>-<seed>/, made once and reused.
 * A folder without its marker (an interrupted seed), or seeded by other code (see fingerprint), is
 * thrown away and seeded again. Two worker processes seed at once, the subgraphs split between them
 * by how long each takes.
 */
export async function ensureSeeded(size: DemoSize, seed: number): Promise<SeedCache> {
  const dir = join(PROJECT_ROOT, 'data', `bench-${size}-${seed}`);
  const marker = join(dir, MARKER);
  const names = SUBGRAPHS.map((m) => m.name);
  const print = fingerprint();
  if (existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8')) as {
      seedMs: number;
      subgraphs: string[];
      fingerprint?: string;
    };
    const missing = names.filter((n) => !info.subgraphs.includes(n));
    if (missing.length === 0 && info.fingerprint === print) {
      console.log(
        `[bench] demo city at ${size} scale (seed ${seed}): reusing ${dir} (seeded in ${(info.seedMs / 1000).toFixed(0)} s)`,
      );
      return { dir, seedMs: info.seedMs, cold: false };
    }
    const why = missing.length
      ? `lacks ${missing.join(', ')}`
      : 'was seeded by other migrations, seeders or demo generator';
    console.log(`[bench] ${dir} ${why}: seeding it again`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(
    `[bench] seeding the demo city at ${size} scale (seed ${seed}) into ${dir} (once; later runs reuse it)`,
  );
  const started = Date.now();
  await Promise.all(
    splitInTwo(names)
      .filter((g) => g.length)
      .map((g) => runWorker(dir, size, seed, g)),
  );
  const seedMs = Date.now() - started;
  writeFileSync(
    marker,
    JSON.stringify(
      { size, seed, seedMs, subgraphs: names, fingerprint: print, at: new Date().toISOString() },
      null,
      2,
    ),
  );
  console.log(`[bench] seeded the ${size}-scale city in ${(seedMs / 1000).toFixed(0)} s`);
  return { dir, seedMs, cold: true };
}
