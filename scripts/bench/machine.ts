import { readFileSync } from 'node:fs';
import { loadavg, release, type as osType } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  versions: Record<string, string>;
  loadStart: number[];
}

const PACKAGES = [
  '@apollo/gateway',
  '@apollo/server',
  '@graphql-hive/gateway',
  '@graphql-hive/router-runtime',
  '@graphql-hive/router-query-planner',
  'autocannon',
  'graphql',
  'type-graphql',
  'typeorm',
  'better-sqlite3',
  'jose',
];

function versionOf(pkg: string): string {
  try {
    return (
      JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'not installed';
  }
}

/** The machine as /proc tells it, and the versions of what runs. */
export function describeMachine(): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const cpu = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? 'unknown';
  const cores = (cpuinfo.match(/^processor\s*:/gm) ?? []).length;
  const memKb = Number(
    readFileSync('/proc/meminfo', 'utf8').match(/^MemTotal:\s+(\d+)/m)?.[1] ?? 0,
  );
  return {
    cpu,
    cores,
    memoryGiB: Math.round((memKb / 1024 / 1024) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    versions: Object.fromEntries(PACKAGES.map((p) => [p, versionOf(p)])),
    loadStart: loadavg(),
  };
}

/** Resident memory of a process, from /proc (Hive Gateway serves no /metrics by default). */
export function rssOf(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const kb = Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m)?.[1]);
    return kb * 1024;
  } catch {
    return NaN;
  }
}
