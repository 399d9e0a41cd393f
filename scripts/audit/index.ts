import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv } from '../../shared/env';
import { dbConfigFromEnv, type DbConfig } from '../../shared/data-source';
import { seedAll } from '../seed';
import { formatReport } from './report';
import { runAudit } from './run';

/**
 * `npm run audit`: the federated integrity report over the subgraphs' databases (every cross-subgraph
 * key and the domain's ordering rules, per street), printed and stored in the grid subgraph's
 * database for the graph's integrityReport (`--no-store`: print only). `--fresh` seeds a throwaway
 * demo city first (DEMO_SIZE, DEMO_SEED, DEMO_DATE as for `npm run seed`). Exits 1 when it finds
 * any violation.
 */
async function main(): Promise<number> {
  const fresh = process.argv.includes('--fresh');
  const env = loadEnv();
  let db: DbConfig = dbConfigFromEnv(env);
  let dir: string | undefined;
  if (fresh) {
    dir = mkdtempSync(join(tmpdir(), 'grids-audit-'));
    db = { kind: 'sqlite', dir };
    await seedAll({ reset: true, db, log: () => {}, audit: false });
  }
  try {
    const { data, violations, ms } = await runAudit(db, {
      store: !process.argv.includes('--no-store'),
    });
    const names = new Map(data.regions.map((r) => [r.code, (r as { name?: string }).name ?? '']));
    console.log(formatReport(violations, names));
    console.error(
      `[audit] ${data.cases.length} cases, ${data.members.length} party members, ${data.volunteers.length} volunteers, ${data.projects.length + data.firstSecretaries.length + data.packages.length + data.agreements.length + data.admissions.length + data.receptions.length} accountability records checked in ${ms} ms`,
    );
    return violations.length === 0 ? 0 : 1;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[audit] failed: ${(err as Error).message}`);
    process.exit(2);
  },
);
