import { readFileSync } from 'node:fs';
import type { PhaseResult } from './load';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const HZ = 100;

/** CPU seconds (user + system) a process has used, from /proc; this process's own via process.cpuUsage. */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  if (pid === process.pid) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
  try {
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / HZ;
  } catch {
    return NaN;
  }
}

/** CPU milliseconds per checked response, per group of processes, over one phase. */
export type CpuPerRequest = Record<string, number>;

export interface Measured extends PhaseResult {
  cpu: CpuPerRequest;
}

/** Runs a phase and charges the CPU each group of processes used to its checked responses. */
export async function withCpu(
  groups: Record<string, (number | undefined)[]>,
  phase: () => Promise<PhaseResult>,
): Promise<Measured> {
  const read = () =>
    Object.fromEntries(
      Object.entries(groups).map(([g, pids]) => [
        g,
        pids.reduce<number>((s, p) => s + cpuSeconds(p), 0),
      ]),
    );
  const before = read();
  const r = await phase();
  const after = read();
  const cpu = Object.fromEntries(
    Object.keys(groups).map((g) => [g, ((after[g] - before[g]) * 1000) / Math.max(1, r.ok)]),
  );
  return { ...r, cpu };
}
