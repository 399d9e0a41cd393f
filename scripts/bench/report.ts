import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResults } from './results';
import { mb, ms, num, ratio } from './stats';
import { scenarioSections } from './report-scenarios';
import { peerSection } from './report-peer';
import { quickOutcome } from './quick-outcome';
import { issue23Targets } from './report-targets';

const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

/** The targets of issue 9 with what this run measured beside them. */
function targets(r: BenchResults): string {
  const p = r.passThrough;
  const city = r.rollupsCity.rows.find((x) => x.level === 'CITY');
  const ours = r.picture;
  const ourOpen = [ours.open[0], ours.open[2]];
  const p95Ours = (ourOpen[0].latency.p95 + ourOpen[1].latency.p95) / 2;
  const errors = r.problems.length;
  const plans = r.health.plansAtEnd - r.health.plansAfterWarmup;
  return `| target | goal | measured | met |
|---|---|---|---|
| pass-through throughput, gateway / direct | ≥ 0.5 | ${ratio(p.ratio)} | ${yes(p.ratio >= 0.5)} |
| p50 latency the gateway adds (1 connection) | ≤ 5 ms | ${ms(p.addedP50)} ms | ${yes(p.addedP50 <= 5)} |
| batching: statements for 100 grids / 1 grid | exactly 1.0 | ${ratio(r.batchingOn.ratio)} (every subgraph equal: ${r.batchingOn.flat ? 'yes' : 'no'}) | ${yes(r.batchingOn.ratio === 1 && r.batchingOn.flat)} |
| errors (every response checked) | 0 | ${errors === 0 ? '0' : `${errors} problem(s), see above`} | ${yes(errors === 0)} |
| query plans built after warm-up | 0 | ${num(plans)} | ${yes(plans === 0)} |
| whole-city roll-up p95, SQLite, \`${r.opts.size}\` scale | ≤ 100 ms | ${city ? `${ms(city.latency.p95)} ms` : '–'} | ${yes(!!city && city.latency.p95 <= 100)} |
| throughput vs. Hive Gateway (ours / Hive), whole picture | as close to 1.0 as the design allows | ${ratio(ours.ourPeak / ours.hivePeak)} | see §5 |
| p95 vs. Hive Gateway (ours / Hive) at ${ours.rate} req/s | as close to 1.0 as the design allows | ${ratio(p95Ours / ours.open[1].latency.p95)} | see §5 |`;
}

function machine(r: BenchResults): string {
  const m = r.machine;
  const seeds = r.seeds
    .map(
      (s) =>
        `\`${s.dir.replace(/.*\/data\//, 'data/')}\` (${s.cold ? 'seeded in this run' : 'cached'}: seeding took ${num(s.seedMs / 1000)} s)`,
    )
    .join(', ');
  return `| | |
|---|---|
| date | ${r.date} |
| command | \`${r.opts.command}\` (${r.opts.quick ? 'quick' : 'full'} run, ${num(r.wallSeconds)} s wall time) |
| machine | ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os} |
| load average at start / end | ${m.loadStart.map((l) => l.toFixed(2)).join(' ')} / ${r.loadEnd.map((l) => l.toFixed(2)).join(' ')} |
| Node | ${m.node} |
| versions | ${Object.entries(m.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')} |
| demo city | \`${r.opts.size}\` scale, seed ${r.opts.seed}${r.opts.bigSize ? `; \`${r.opts.bigSize}\` (10x) for roll-ups` : ''} |
| database | SQLite (better-sqlite3 ${m.versions['better-sqlite3']}, WAL), one file per subgraph: ${seeds} |
| processes | every subgraph, our gateway and Hive Gateway (JS planner, and again with the Rust planner) as separate \`node\` processes, NODE_ENV=production, LOG_LEVEL=warn; our gateway with GATEWAY_DEDUP=false (a second instance with it on for the one-grid phase) and INDICATOR_CACHE_TTL_MS=0 (the roll-ups measure their SQL, not the cache); autocannon in the benchmark's own process |`;
}

export function renderReport(r: BenchResults): string {
  const head = r.problems.length
    ? `> **This run does not count: ${r.problems.length} problem(s).**\n>\n${r.problems.map((p) => `> - ${p}`).join('\n')}\n`
    : '> Every response of every phase was checked (HTTP status, JSON, no GraphQL errors, the expected shape): no errors.\n';
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench/, issue 9); do not edit by hand, run it again. Every number
below comes from one run on one machine, and every comparison is a ratio of phases measured side
by side in that run, interleaved, never of runs on different days. Re-run it whenever a change
touches a hot path (gateway, auth, loaders, SQL of a roll-up).

${head}
## Targets

${targets(r)}

${issue23Targets(r)}

## Machine and run

${machine(r)}

The machine has ${r.machine.cores} cores for the load generator, the gateway(s) and ${Object.keys(r.batchingOn.counts[0].perSubgraph).length} subgraph processes
together, and other work may run on it (the load average above says how busy it was). Absolute
numbers therefore move from run to run; the ratios, taken from interleaved phases, move much less.

${scenarioSections(r)}

${peerSection(r)}

## 6. Gateway health

| | start | after warm-up | end of the measured window |
|---|---|---|---|
| query plans built (\`gateway_query_plans_built_total\`) | ${num(r.health.plansBeforeWarmup)} | ${num(r.health.plansAfterWarmup)} | ${num(r.health.plansAtEnd)} |
| our gateway, resident memory | ${mb(r.health.rssStart)} | | ${mb(r.health.rssEnd)} |
| our gateway, V8 heap used | ${mb(r.health.heapStart)} | | ${mb(r.health.heapEnd)} |
| Hive Gateway, resident memory (/proc) | ${mb(r.health.hiveRssStart)} | | ${mb(r.health.hiveRssEnd)} |
| Hive Gateway (Rust planner), resident memory (/proc) | ${mb(r.health.hiveRustRssStart)} | | ${mb(r.health.hiveRustRssEnd)} |

Plans built in the measured window: **${num(r.health.plansAtEnd - r.health.plansAfterWarmup)}**, over ${num(r.health.requests)} requests our
gateway served after warm-up (every operation was sent once before the window opened). "Start" is
right after the processes came up, before the first request.

${quickOutcome(r)}
${keptSections()}`;
}

/**
 * Sections measured apart, kept when the report is rewritten: the 60,000-member import of issue 18
 * (by hand) and, once `npm run bench:mysql` and `npm run bench:baseline` have run, the roll-up on
 * MySQL beside SQLite and the subgraphs' CPU against a baseline build.
 */
function keptSections(): string {
  const dir = join(__dirname, '..', '..', '..', 'scripts', 'bench');
  const kept = (f: string) =>
    existsSync(join(dir, f)) ? `\n${readFileSync(join(dir, f), 'utf8')}` : '';
  return `\n${readFileSync(join(dir, 'import-measured.md'), 'utf8')}${kept('mysql-measured.md')}${kept('baseline-measured.md')}`;
}
