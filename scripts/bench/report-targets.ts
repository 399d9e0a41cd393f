import type { BenchResults } from './results';
import { mean, ms, ratio } from './stats';

const met = (ok: boolean) => (ok ? 'yes' : '**no**');

/**
 * The targets of issue 23 item 5, each met or missed with why. Targets this benchmark does not
 * measure yet are listed as missed, with what is lacking, never left out.
 */
export function issue23Targets(r: BenchResults): string {
  const pic = r.picture;
  const [o1, h, o2] = pic.peak;
  const rust = pic.rust;
  const [sameOurs, sameHive] = pic.sameGrid;
  const cost = (gw: number, sub: number) => `${ms(gw)} + ${ms(sub)} ms`;
  const ours = cost(
    mean([o1.cpu.gateway, o2.cpu.gateway]),
    mean([o1.cpu.subgraphs, o2.cpu.subgraphs]),
  );
  const perReq = `CPU per picture (gateway + subgraphs): ours ${ours}, Hive ${cost(h.cpu.gateway, h.cpu.subgraphs)}, Rust planner ${cost(rust.peak.cpu.gateway, rust.peak.cpu.subgraphs)}; on ${r.machine.cores} cores throughput follows that sum (§5)`;
  const vsHive = pic.ourPeak / pic.hivePeak;
  const vsRust = pic.ourPeak / pic.rustPeak;
  const sameVsHive = sameOurs.rps / sameHive.rps;
  const sameVsRust = sameOurs.rps / rust.sameGrid.rps;
  const same = `one grid, CPU per request (gateway + subgraphs): ours ${cost(sameOurs.cpu.gateway, sameOurs.cpu.subgraphs)}, Hive ${cost(sameHive.cpu.gateway, sameHive.cpu.subgraphs)}, Rust planner ${cost(rust.sameGrid.cpu.gateway, rust.sameGrid.cpu.subgraphs)}`;
  const pass = r.passThrough.ratio;
  const subCpu = mean([o1.cpu.subgraphs, o2.cpu.subgraphs]);
  const why = (ok: boolean, text: string) => (ok ? '' : text);
  return `Issue 23, item 5 (ratios from this one run):

| target | goal | measured | met | why |
|---|---|---|---|---|
| throughput ours / Hive Gateway (JS), pool of ${pic.pool.length} grids | ≥ 1.5 | ${ratio(vsHive)} | ${met(vsHive >= 1.5)} | ${why(vsHive >= 1.5, perReq)} |
| throughput ours / Hive Gateway (Rust planner), pool | ≥ 1.0 | ${ratio(vsRust)} | ${met(vsRust >= 1.0)} | ${why(vsRust >= 1.0, perReq)} |
| throughput ours / Hive Gateway (JS), one identical grid | ≥ 1.0 | ${ratio(sameVsHive)} | ${met(sameVsHive >= 1.0)} | ${why(sameVsHive >= 1.0, same)} |
| throughput ours / Hive Gateway (Rust planner), one identical grid | ≥ 1.0 | ${ratio(sameVsRust)} | ${met(sameVsRust >= 1.0)} | ${why(sameVsRust >= 1.0, same)} |
| subgraph CPU per whole picture, today's main / this build | ≥ 4× | ${ms(subCpu)} ms per picture (this build); no baseline | **no** | not measured: the benchmark does not yet build today's main into a second folder, and item 1 (the subgraphs' CPU) is not done |
| whole-city roll-up through the gateway / its SQL run directly, SQLite and MySQL | ≤ 1.5 | – | **no** | not measured: the benchmark does not yet log and replay the roll-up's statements (item 3) |
| whole-city roll-up, MySQL / SQLite | ≤ 1.0 | – | **no** | not measured: the benchmark runs on SQLite only (item 3) |
| pass-through throughput, gateway / direct | ≥ 0.9 | ${ratio(pass)} | ${met(pass >= 0.9)} | ${why(pass >= 0.9, 'the gateway adds its own CPU per request (JWT check, proof, planning, HTTP client) on the same 2 cores as the subgraph; §1')} |`;
}
