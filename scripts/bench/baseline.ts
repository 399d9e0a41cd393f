import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';
import { SERVICES } from '../../shared/env';
import { generateCity } from '../../services/demo-city';
import { installSignalHandlers, stopAll } from '../processes';
import { ensureSeeded } from './seed-cache';
import { startCluster, type Cluster } from './cluster';
import { cpuSeconds } from './cpu';
import { PICTURE } from './queries';
import { richGridCandidates, streetGrids } from './picks';
import { ms, percentile, ratio } from './stats';
import {
  BASELINE_OUTCOME,
  baselineTargetRow,
  writeIntoBenchmarks,
  type BaselineOutcome,
} from './report-targets';

/**
 * `npm run bench:baseline [-- --against <commit>] [-- --pictures N] [-- --rounds R]`: the subgraphs'
 * CPU per whole picture (issue 23 items 1 and 5) of this build against another commit (main by
 * default) built into a second folder, on the same seeded city and the same load in one run. Both
 * clusters run side by side; their phases alternate (this, baseline, this, ...), and every answer of
 * either must be byte for byte the first answer of this build. Writes
 * scripts/bench/baseline-measured.md, which every report of `npm run bench` keeps, that section of
 * BENCHMARKS.md and its row of the targets table.
 */
const SIZE = 'demo' as const;
const SEED = 45;
const GRIDS = 100;
const CONNECTIONS = 4;
const OUT = join(PROJECT_ROOT, 'scripts', 'bench', 'baseline-measured.md');
const START = '<!-- baseline -->';
const END = '<!-- /baseline -->';
const USAGE = 'usage: npm run bench:baseline [-- --against <commit>] [--pictures N] [--rounds R]';
const log = (m: string) => console.log(`[bench:baseline] ${m}`);

function arg(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();

/** The commit checked out into a temporary worktree and built with this checkout's node_modules. */
function buildBaseline(commit: string): { dir: string; dist: string } {
  const dir = mkdtempSync(join(tmpdir(), 'grids-baseline-'));
  git('worktree', 'add', '--detach', '--force', dir, commit);
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const tsc = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.build.json')], { cwd: dir });
  const dist = join(dir, 'dist');
  const missing = [
    ...SERVICES.map((s) => join('services', s, 'main.js')),
    'gateway/main.js',
  ].filter((f) => !existsSync(join(dist, f)));
  if (missing.length) throw new Error(`${commit} has no ${missing.join(', ')}: not comparable`);
  return { dir, dist };
}

interface Phase {
  build: 'this' | 'baseline';
  subgraphMs: number;
  gatewayMs: number;
  perSubgraph: Record<string, number>;
  rps: number;
  differing: number;
}

/** The p50 of the phases, as every other median of the benchmark (scripts/bench/stats). */
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2)
    if (!['--against', '--pictures', '--rounds'].includes(argv[i])) {
      console.error(`unknown argument ${argv[i]}\n${USAGE}`);
      process.exit(2);
    }
  const against = arg(argv, '--against') ?? 'main';
  const pictures = Number(arg(argv, '--pictures') ?? 200);
  const rounds = Number(arg(argv, '--rounds') ?? 3);
  if (!(pictures >= CONNECTIONS && Number.isInteger(pictures)) || !(rounds >= 1)) {
    console.error(`--pictures must be an integer ≥ ${CONNECTIONS}, --rounds ≥ 1\n${USAGE}`);
    process.exit(2);
  }
  const baseCommit = git('rev-parse', '--verify', `${against}^{commit}`);
  const thisCommit = git('rev-parse', 'HEAD');
  const dirty = git('status', '--porcelain').length > 0;
  installSignalHandlers();
  log(`building ${against} (${baseCommit.slice(0, 7)}) into a second folder`);
  const base = buildBaseline(baseCommit);
  const seeded = await ensureSeeded(SIZE, SEED);
  const city = generateCity(SIZE, SEED);
  const geo = city.geography;
  const cityCode = geo.regions.find((r) => r.level === 'CITY')!.code;
  const codes = streetGrids(geo, richGridCandidates(city, 10)[0], GRIDS);
  // Each build on its own copy of the same seeded files, so neither can change what the other reads.
  const copies = ['this', 'baseline'].map((b) => {
    const d = mkdtempSync(join(tmpdir(), `grids-baseline-${b}-`));
    cpSync(seeded.dir, d, { recursive: true });
    return d;
  });
  const load: number[][] = [loadavg()];
  const clusters: Cluster[] = [];
  try {
    clusters.push(await startCluster({ label: 'this', sqliteDir: copies[0] }));
    clusters.push(await startCluster({ label: 'baseline', sqliteDir: copies[1], dist: base.dist }));
    const tokens = await Promise.all(clusters.map((c) => c.token('CITY_ADMIN', cityCode)));
    const ask = async (i: number) => {
      const res = await fetch(clusters[i].gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}` },
        body: JSON.stringify({ query: PICTURE, variables: { codes } }),
      });
      return res.text();
    };
    const reference = await ask(0);
    const parsed = JSON.parse(reference) as { data?: unknown; errors?: unknown[] };
    if (parsed.errors || !parsed.data)
      throw new Error(`this build's picture failed: ${reference.slice(0, 300)}`);
    // Warm both (plans, prepared statements, JIT) before anything is measured.
    for (let k = 0; k < 40; k += 1) await Promise.all([ask(0), ask(1)]);
    const phase = async (i: number): Promise<Phase> => {
      const c = clusters[i];
      const cpuOf = () =>
        Object.fromEntries(SERVICES.map((s) => [s, cpuSeconds(c.subgraphs[s].child.pid)]));
      const before = cpuOf();
      const gw0 = cpuSeconds(c.gateway.child.pid);
      const t0 = performance.now();
      let differing = 0;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          for (let k = 0; k < pictures / CONNECTIONS; k += 1)
            if ((await ask(i)) !== reference) differing += 1;
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      const after = cpuOf();
      const perSubgraph = Object.fromEntries(
        SERVICES.map((s) => [s, ((after[s] - before[s]) * 1000) / pictures]),
      );
      c.assertAlive();
      return {
        build: i === 0 ? 'this' : 'baseline',
        subgraphMs: Object.values(perSubgraph).reduce((a, b) => a + b, 0),
        gatewayMs: ((cpuSeconds(c.gateway.child.pid) - gw0) * 1000) / pictures,
        perSubgraph,
        rps: pictures / seconds,
        differing,
      };
    };
    const phases: Phase[] = [];
    for (let r = 0; r < rounds; r += 1)
      for (const i of [0, 1]) {
        const p = await phase(i);
        phases.push(p);
        log(
          `round ${r + 1} ${p.build.padEnd(8)} subgraphs ${ms(p.subgraphMs)} ms, gateway ${ms(p.gatewayMs)} ms per picture, ${p.rps.toFixed(1)} pictures/s, ${p.differing} answers differing`,
        );
      }
    load.push(loadavg());
    const of = (b: Phase['build']) => phases.filter((p) => p.build === b);
    const outcome: BaselineOutcome = {
      date: new Date().toISOString(),
      against,
      baseCommit,
      thisCommit,
      dirty,
      thisMs: median(of('this').map((p) => p.subgraphMs)),
      baselineMs: median(of('baseline').map((p) => p.subgraphMs)),
      differing: phases.reduce((n, p) => n + p.differing, 0),
    };
    const section = render(outcome, phases, pictures, load);
    writeFileSync(OUT, section);
    writeFileSync(BASELINE_OUTCOME, JSON.stringify(outcome, null, 2));
    writeIntoBenchmarks(section, [START, END], (l) =>
      l.startsWith('| subgraph CPU per whole picture, today') ? baselineTargetRow(outcome) : l,
    );
    log(
      `subgraph CPU per picture: ${against} ${ms(outcome.baselineMs)} ms, this build ${ms(outcome.thisMs)} ms (${ratio(outcome.baselineMs / outcome.thisMs)}×); wrote ${OUT}`,
    );
    if (outcome.differing > 0) process.exitCode = 1;
  } finally {
    await Promise.all(clusters.map((c) => c.stop()));
    for (const d of copies) rmSync(d, { recursive: true, force: true });
    git('worktree', 'remove', '--force', base.dir);
  }
}

function render(o: BaselineOutcome, phases: Phase[], pictures: number, load: number[][]): string {
  const named = o.baseCommit.startsWith(o.against)
    ? o.against
    : `${o.against} (${o.baseCommit.slice(0, 7)})`;
  const avg = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const row = (p: Phase, i: number) =>
    `| ${Math.floor(i / 2) + 1} | ${p.build} | ${ms(p.subgraphMs)} | ${SERVICES.map((s) => ms(p.perSubgraph[s])).join(' | ')} | ${ms(p.gatewayMs)} | ${p.rps.toFixed(1)} | ${p.differing} |`;
  return `${START}
## Subgraph CPU per whole picture against a baseline build (issue 23 items 1 and 5)

Written by \`npm run bench:baseline -- --against ${o.against}\` (scripts/bench/baseline.ts), not by
the full run: ${named} checked out into a second folder and built
there, beside this build (${o.thisCommit.slice(0, 7)}${o.dirty ? ' with uncommitted changes' : ''}), each with its
own subgraphs and gateway on a copy of the same \`${SIZE}\` city (seed ${SEED}). The load is the whole
picture of ${GRIDS} grids of one street and its district (the query of §2), as a CITY_ADMIN, ${pictures}
pictures per phase on ${CONNECTIONS} connections, phases alternating; CPU is read from each
process's /proc stat around the phase. Every answer of both builds is compared byte for byte with
this build's first: ${o.differing} differed. Load average before / after: ${avg(load[0])} / ${avg(load[1])}.

| round | build | subgraphs ms per picture | ${SERVICES.join(' | ')} | gateway ms | pictures/s | answers differing |
|---|---|---|${SERVICES.map(() => '---').join('|')}|---|---|---|
${phases.map(row).join('\n')}

**Subgraph CPU per picture, ${o.against} / this build (medians): ${ratio(o.baselineMs / o.thisMs)}×**
(${ms(o.baselineMs)} against ${ms(o.thisMs)} ms; target ≥ 4×: ${o.baselineMs / o.thisMs >= 4 ? 'met' : '**missed**'}).
${END}
`;
}

main()
  .catch((err) => {
    console.error(`[bench:baseline] ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
