import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';
import type { BenchResults } from './results';

const FILE = join(PROJECT_ROOT, 'data', 'bench-quick-last.json');

interface QuickOutcome {
  date: string;
  wallSeconds: number;
  problems: string[];
  responses: number;
}

/** A quick run leaves its outcome under data/, so that the next full report can say how the smoke test went. */
export function saveQuickOutcome(r: BenchResults, responses: number): void {
  mkdirSync(join(PROJECT_ROOT, 'data'), { recursive: true });
  const o: QuickOutcome = {
    date: r.date,
    wallSeconds: r.wallSeconds,
    problems: r.problems,
    responses,
  };
  writeFileSync(FILE, JSON.stringify(o, null, 2));
}

export function quickOutcome(r: BenchResults): string {
  const intro = `## CI smoke test (\`npm run bench -- --quick\`)

CI runs \`npm run bench -- --quick\` after the tests (.ci/run): the \`demo\` city (seed 45, which has the
100 grids the batching scenario needs), phases of 1–2 seconds, no province. It runs the code path
of every scenario, checks every response the same way, writes data/BENCHMARKS.quick.md and exits
non-zero on any error or wrong shape. CI asserts that it completes, never a timing.`;
  if (r.opts.quick || !existsSync(FILE)) return intro;
  const o = JSON.parse(readFileSync(FILE, 'utf8')) as QuickOutcome;
  const outcome = o.problems.length
    ? `failed with ${o.problems.length} problem(s): ${o.problems.join('; ')}`
    : `passed, no errors in ${o.responses.toLocaleString('en')} checked responses`;
  return `${intro}\n\nLast quick run on this machine (${o.date}): ${outcome}, in ${Math.round(o.wallSeconds)} s.`;
}
