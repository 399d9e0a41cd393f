import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '../shared/env';
import { generateGeography } from '../shared/demo/geography';
import { SUBGRAPHS } from '../services/registry';
import { CheckUsageError, runCheck } from './check/run';
import { formatReport } from './check/report';

export const USAGE = `usage: npm run check-subgraph -- <url|file.graphql> [--name <name>]
  url:  a running subgraph, e.g. http://127.0.0.1:4005/graphql (needs GATEWAY_SECRET, or the demo secret npm start keeps)
  file: its SDL (as printed by _service { sdl }); the name defaults to the file name`;

export interface CheckIo {
  out(s: string): void;
  err(s: string): void;
  env?: Record<string, string | undefined>;
}

/** The gateway secret: GATEWAY_SECRET, or the demo one `npm start` keeps (read, never created here). */
function secretFrom(env: ReturnType<typeof loadEnv>): string | undefined {
  const demo = join(env.SQLITE_DIR, 'demo-secrets.json');
  return (
    env.GATEWAY_SECRET ??
    (existsSync(demo)
      ? (JSON.parse(readFileSync(demo, 'utf8')) as { GATEWAY_SECRET?: string }).GATEWAY_SECRET
      : undefined)
  );
}

/** Exit code 0 when every check passes, 1 when one fails, 2 for a usage problem. */
export async function main(
  argv: string[],
  io: CheckIo = { out: console.log, err: console.error },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { name: { type: 'string' } },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.positionals.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const env = loadEnv();
  const geo = generateGeography(env.DEMO_SIZE, env.DEMO_SEED);
  const demo = {
    gridCode: geo.grids.find((g) => g.level === 'BASIC')!.code,
    regionCode: geo.regions[0].code,
  };
  try {
    const report = await runCheck({
      source: parsed.positionals[0],
      name: parsed.values.name,
      gatewaySecret: io.env?.GATEWAY_SECRET ?? secretFrom(env),
      demo,
      modules: SUBGRAPHS,
    });
    io.out(formatReport(report));
    return report.ok ? 0 : 1;
  } catch (e) {
    if (!(e instanceof CheckUsageError)) throw e;
    io.err(`check-subgraph: ${e.message}\n${USAGE}`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(`check-subgraph: ${(e as Error).message}`);
      process.exitCode = 1;
    },
  );
}
