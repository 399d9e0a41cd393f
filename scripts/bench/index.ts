import 'reflect-metadata';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadavg } from 'node:os';
import { parseOptions } from './options';
import { describeMachine } from './machine';
import { ensureSeeded } from './seed-cache';
import { installSignalHandlers, stopAll } from '../processes';
import { runCityScale } from './run-city';
import { runExtraClusters } from './run-extra';
import { renderReport } from './report';
import type { BenchResults } from './results';
import { saveQuickOutcome } from './quick-outcome';
import { tally } from './load';

/**
 * `npm run bench`: seeds (once) and starts the product as real processes, measures the six
 * scenarios of issue 9 side by side in one run, and writes BENCHMARKS.md. Exits non-zero when any
 * response was wrong or any process failed: such a run is reported but does not count.
 */
async function main() {
  const started = Date.now();
  const opts = parseOptions(process.argv.slice(2));
  installSignalHandlers();
  const log = (msg: string) => console.log(`[bench] ${msg}`);
  const machine = describeMachine();
  log(
    `${opts.quick ? 'quick' : 'full'} run: ${opts.size} scale (seed ${opts.seed})${opts.bigSize ? ` and ${opts.bigSize} for roll-ups` : ''}; ${machine.cores} cores, load ${machine.loadStart.map((l) => l.toFixed(1)).join(' ')}`,
  );
  const seeds = [await ensureSeeded(opts.size, opts.seed)];
  if (opts.bigSize) seeds.push(await ensureSeeded(opts.bigSize, opts.seed));
  const problems: string[] = [];
  const city = await runCityScale(opts, seeds[0].dir, problems, log);
  const extra = await runExtraClusters(opts, seeds, city, problems, log);
  const results: BenchResults = {
    opts,
    machine,
    seeds,
    problems,
    ...city,
    ...extra,
    loadEnd: loadavg(),
    wallSeconds: (Date.now() - started) / 1000,
    date: new Date().toISOString(),
  };
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, renderReport(results));
  if (opts.quick) saveQuickOutcome(results, tally.ok);
  log(
    `wrote ${opts.out} in ${results.wallSeconds.toFixed(0)} s (${tally.ok} responses checked right, ${tally.wrong} wrong)`,
  );
  if (problems.length) {
    console.error(
      `[bench] this run does not count: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`,
    );
    process.exitCode = 1;
  } else {
    log('no errors: every response was checked and right');
  }
}

main()
  .catch((err) => {
    console.error(`[bench] failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
