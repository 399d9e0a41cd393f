import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { createConnection, type Connection } from 'mysql2/promise';
import Database from 'better-sqlite3';
import { PROJECT_ROOT } from '../../shared/paths';
import { generateGeography } from '../../shared/demo/geography';
import { installSignalHandlers, stopAll } from '../processes';
import { ensureSeeded } from './seed-cache';
import { startCluster, type Cluster } from './cluster';
import { bearer, diff, rollupVia, sqlTotals, total } from './context';
import { closedLoop, once } from './load';
import { ms, num, ratio, type Latency } from './stats';
import {
  MYSQL_OUTCOME,
  rollupTargetRows,
  writeIntoBenchmarks,
  type MysqlOutcome,
} from './report-targets';

/**
 * `npm run bench:mysql [-- --url mysql://root@127.0.0.1:3306] [-- --seconds N]`: the whole-city
 * roll-up (issue 23 item 3) through our gateway on SQLite and on MySQL/MariaDB, side by side in one
 * run, the same `city` scale and seed as `npm run bench`. On MySQL the statements of one roll-up are
 * taken from the server's general log, replayed directly (the physical limit) and EXPLAINed. Writes
 * scripts/bench/mysql-measured.md, which every report of `npm run bench` keeps, and that section
 * of BENCHMARKS.md.
 */
const SIZE = 'city' as const;
const SEED = 20210104;
const OUT = join(PROJECT_ROOT, 'scripts', 'bench', 'mysql-measured.md');
const START = '<!-- mysql-rollup -->';
const END = '<!-- /mysql-rollup -->';
const log = (m: string) => console.log(`[bench:mysql] ${m}`);

function arg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Seeds the MySQL databases of the city once (scripts/seed.ts leaves non-empty databases alone). */
function seedMysql(url: string, prefix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, '..', 'seed.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        MYSQL_URL: url,
        DB_PREFIX: prefix,
        DEMO_SIZE: SIZE,
        DEMO_SEED: String(SEED),
        SQLITE_DIR: join(PROJECT_ROOT, 'data', `bench-mysql-${SIZE}-${SEED}`),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed exited ${code}`))));
  });
}

interface Leg {
  db: string;
  latency: Latency;
  requests: number;
  errors: number;
}

async function measure(cluster: Cluster, code: string, seconds: number, db: string): Promise<Leg> {
  const target = rollupVia(cluster.gateway.url, bearer(await cluster.token('ANALYST', '')), code);
  await closedLoop(`warm-up ${db}`, target, 1, 2);
  const phase = await closedLoop(`${db} whole-city roll-up ${code}`, target, 1, seconds);
  return { db, latency: phase.latency, requests: phase.ok, errors: phase.errors };
}

interface Statement {
  schema: string;
  sql: string;
  ms: number;
  explain: Record<string, unknown>[];
}

/**
 * The SELECTs one roll-up sends, from the general log, each run directly five times (median) and
 * EXPLAINed. The log is server-wide: only the connections of this cluster's subgraphs count (their
 * current database is one of ours), never another client of the same server.
 */
async function statementsOf(conn: Connection, prefix: string, ask: () => Promise<unknown>) {
  // Connections of our pools, asked before and after: a pool may open one during the request.
  const schemaOf = new Map<number, string>();
  const ours = async () => {
    const [threads] = await conn.query(
      'SELECT id, db FROM information_schema.processlist WHERE db LIKE ?',
      [`${prefix}%`],
    );
    for (const r of threads as { id: number; db: string }[]) schemaOf.set(Number(r.id), r.db);
  };
  await ours();
  await conn.query("SET GLOBAL log_output = 'TABLE'");
  await conn.query('TRUNCATE mysql.general_log');
  await conn.query("SET GLOBAL general_log = 'ON'");
  try {
    await ask();
  } finally {
    await conn.query("SET GLOBAL general_log = 'OFF'");
  }
  await ours();
  const [rows] = await conn.query(
    "SELECT thread_id AS t, CONVERT(argument USING utf8mb4) AS a FROM mysql.general_log WHERE command_type IN ('Query', 'Execute') ORDER BY event_time",
  );
  const out: Statement[] = [];
  for (const { t, a } of rows as { t: number; a: string }[]) {
    const schema = schemaOf.get(Number(t));
    if (!schema || !/^\s*(SELECT|WITH)\b/i.test(a) || /^\s*SELECT\s+(1|VERSION\(\))\s*$/i.test(a))
      continue;
    await conn.query(`USE \`${schema}\``);
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const start = process.hrtime.bigint();
      await conn.query(a);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((x, y) => x - y);
    const [plan] = await conn.query(`EXPLAIN ${a}`);
    out.push({ schema, sql: a, ms: times[2], explain: plan as Record<string, unknown>[] });
  }
  return out;
}

/** The roll-up's statements run directly on the SQLite files, as the MySQL leg's are on the server. */
interface SqliteReplay {
  ran: number;
  ms: number;
  failed: string[];
}

/**
 * SQLite has no server log to take its own statements from, so the SELECTs MySQL logged for the same
 * roll-up are run on the SQLite leg's files: typeorm writes the same SELECTs for both (identifiers in
 * backticks, which SQLite reads as MySQL does, and the values inlined). Each is prepared once, as
 * the subgraphs' statement cache does, and run five times (median), read-only.
 */
function replayOnSqlite(statements: Statement[], prefix: string, dir: string): SqliteReplay {
  const dbs = new Map<string, Database.Database>();
  const out: SqliteReplay = { ran: 0, ms: 0, failed: [] };
  try {
    statements.forEach((s, i) => {
      const name = s.schema.slice(prefix.length);
      let db = dbs.get(name);
      if (!db) {
        db = new Database(join(dir, `${name}.sqlite`), { readonly: true, fileMustExist: true });
        dbs.set(name, db);
      }
      try {
        const stmt = db.prepare(s.sql);
        const times: number[] = [];
        for (let k = 0; k < 5; k += 1) {
          const start = process.hrtime.bigint();
          stmt.all();
          times.push(Number(process.hrtime.bigint() - start) / 1e6);
        }
        times.sort((x, y) => x - y);
        out.ms += times[2];
        out.ran += 1;
      } catch (e) {
        out.failed.push(`#${i + 1} (${name}): ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  } finally {
    for (const db of dbs.values()) db.close();
  }
  return out;
}

/** A statement on one line for the report, without backticks, at most 1,200 characters. */
const oneLine = (sql: string) => {
  const flat = sql.replace(/`/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 1200 ? `${flat.slice(0, 1200)}…` : flat;
};

/** Why the MySQL leg is slow, from the measured statements: the three slowest and their plans. */
function slowest(statements: Statement[], prefix: string): string {
  const top = [...statements.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 3);
  const total = statements.reduce((n, s) => n + s.ms, 0);
  const share = top.reduce((n, [, s]) => n + s.ms, 0) / total;
  const plans = top
    .map(([i, s]) => {
      const e = s.explain[0] ?? {};
      return `#${i + 1} (${s.schema.slice(prefix.length)}, ${ms(s.ms)} ms: ${String(e.table)}, ${String(e.type)}${e.key ? ` on ${String(e.key)}` : ''}, ${String(e.rows)} rows${e.Extra ? `, ${String(e.Extra)}` : ''})`;
    })
    .join('; ');
  return `**Where the MySQL time goes.** The three slowest statements hold ${(share * 100).toFixed(0)}% of the direct SQL time: ${plans}.
A whole-city roll-up counts every row of the city (its code prefix covers every grid), so a scan of
all of them (\`ALL\`, or \`range\` over the whole index) is the plan any index leaves; what an index can still
remove is a \`Using temporary; Using filesort\` of a GROUP BY that the range index does not cover, and
what no index removes is that MariaDB answers over a socket and evaluates rows in its own process, where
SQLite reads its pages in the subgraph's process.`;
}

function render(
  legs: Leg[],
  statements: Statement[],
  lite: SqliteReplay,
  prefix: string,
  version: string,
  load: number[][],
  code: string,
  counted: number,
) {
  const [sqlite, mysql] = legs;
  const direct = statements.reduce((n, s) => n + s.ms, 0);
  const p50 = (l: Leg) => l.latency.p50;
  const cell = (v: unknown) =>
    String(v ?? '')
      .replace(/\|/g, '\\|')
      .slice(0, 80);
  const explainRows = statements
    .map((s, i) =>
      s.explain
        .map(
          (e) =>
            `| ${i + 1} | ${s.schema.slice(prefix.length)} | ${cell(e.table)} | ${cell(e.type)} | ${cell(e.key)} | ${cell(e.rows)} | ${cell(e.Extra)} |`,
        )
        .join('\n'),
    )
    .join('\n');
  const sqlList = statements
    .map(
      (s, i) =>
        `${i + 1}. (${s.schema.slice(prefix.length)}, ${ms(s.ms)} ms) \`${oneLine(s.sql)}\``,
    )
    .join('\n');
  return `${START}
## MySQL beside SQLite: the whole-city roll-up (issue 23 item 3)

Written by \`npm run bench:mysql\` (scripts/bench/mysql-rollup.ts), not by the full run: the same
\`${SIZE}\` city (seed ${SEED}) on SQLite (the benchmark's cached files) and on ${version} (databases
\`${prefix}<subgraph>\`, seeded by scripts/seed.ts), each behind its own subgraph processes and our gateway, measured one after
the other in one run: \`region(code: "${code}")\` with every subgraph's indicators (the roll-up
query of §4) as an ANALYST, sequential requests (1 connection). Load average before / between / after: ${load.map((l) => l.map((x) => x.toFixed(2)).join(' ')).join(' / ')}.

| database | requests | p50 ms | p95 ms | p99 ms | errors |
|---|---|---|---|---|---|
| SQLite | ${num(sqlite.requests)} | ${ms(sqlite.latency.p50)} | ${ms(sqlite.latency.p95)} | ${ms(sqlite.latency.p99)} | ${sqlite.errors} |
| ${version} | ${num(mysql.requests)} | ${ms(mysql.latency.p50)} | ${ms(mysql.latency.p95)} | ${ms(mysql.latency.p99)} | ${mysql.errors} |

**MySQL / SQLite (p50): ${ratio(p50(mysql) / p50(sqlite))}** (target ≤ 1.0: ${p50(mysql) / p50(sqlite) <= 1 ? 'met' : '**missed**'}).
On MySQL, one roll-up sent ${statements.length} SELECTs (from the server's general log; the subgraphs' own
\`sql_statements_total\` counted ${counted} statements for it); run directly,
one after another on one connection (median of 5 runs each), they take **${ms(direct)} ms** in all;
through the gateway the roll-up takes ${ms(p50(mysql))} ms (p50), **${ratio(p50(mysql) / direct)}× its SQL** (target ≤ 1.5:
${p50(mysql) / direct <= 1.5 ? 'met' : '**missed**'}). The subgraphs run their statements in parallel, so the sum is an upper bound of
the SQL's share. On SQLite, the same ${statements.length} SELECTs run directly on the SQLite leg's files (SQLite has no
server log of its own: typeorm writes the same SELECTs for both; prepared once, median of 5 runs each)
take **${ms(lite.ms)} ms** in all${lite.failed.length ? ` (${lite.ran} ran; ${lite.failed.length} did not run on SQLite: ${lite.failed.join('; ')})` : ''};
through the gateway the SQLite roll-up takes ${ms(p50(sqlite))} ms (p50), **${ratio(p50(sqlite) / lite.ms)}× its SQL** (target ≤ 1.5:
${p50(sqlite) / lite.ms <= 1.5 && lite.failed.length === 0 ? 'met' : '**missed**'}).
The server is this machine's shared one: the log is read for this cluster's connections only, but
other clients' load on it (a CI run, when one runs) is part of the MySQL leg's times.

${slowest(statements, prefix)}

EXPLAIN of each statement on ${version}:

| # | subgraph | table | type | key | rows | Extra |
|---|---|---|---|---|---|---|
${explainRows}

The statements:

${sqlList}
${END}
`;
}

async function main() {
  installSignalHandlers('bench:mysql');
  const url = arg('--url') ?? process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const seconds = Number(arg('--seconds') ?? 10);
  const prefix = `bench_${SIZE}_${SEED}_`;
  const geo = generateGeography(SIZE, SEED);
  const code = geo.regions.find((r) => r.level === 'CITY')!.code;
  const load = [loadavg()];
  const sqliteSeed = await ensureSeeded(SIZE, SEED);
  log(`seeding ${prefix}* on ${url.replace(/\/\/[^@]*@/, '//')} unless already seeded`);
  await seedMysql(url, prefix);
  const conn = await createConnection(url);
  try {
    const [v] = await conn.query('SELECT VERSION() AS v');
    const raw = String((v as { v: string }[])[0].v);
    const version = /mariadb/i.test(raw) ? `MariaDB ${raw.split('-')[0]}` : `MySQL ${raw}`;
    const legs: Leg[] = [];
    const lite = await startCluster({ label: 'sqlite', sqliteDir: sqliteSeed.dir });
    try {
      legs.push(await measure(lite, code, seconds, 'SQLite'));
    } finally {
      await lite.stop();
    }
    load.push(loadavg());
    const my = await startCluster({
      label: 'mysql',
      sqliteDir: join(PROJECT_ROOT, 'data', `bench-mysql-${SIZE}-${SEED}`),
      mysql: { url, prefix },
    });
    let statements: Statement[];
    let counted = 0;
    try {
      legs.push(await measure(my, code, seconds, version));
      const target = rollupVia(my.gateway.url, bearer(await my.token('ANALYST', '')), code);
      const before = await sqlTotals(my);
      statements = await statementsOf(conn, prefix, () => once(target));
      counted = total(diff(await sqlTotals(my), before));
    } finally {
      await my.stop();
    }
    load.push(loadavg());
    const replay = replayOnSqlite(statements, prefix, sqliteSeed.dir);
    const section = render(legs, statements, replay, prefix, version, load, code, counted);
    writeFileSync(OUT, section);
    const outcome: MysqlOutcome = {
      date: new Date().toISOString(),
      sqliteP50: legs[0].latency.p50,
      mysqlP50: legs[1].latency.p50,
      directMs: statements.reduce((n, s) => n + s.ms, 0),
      sqliteDirectMs: replay.failed.length === 0 ? replay.ms : undefined,
      version,
    };
    writeFileSync(MYSQL_OUTCOME, JSON.stringify(outcome, null, 2));
    // The two roll-up rows of the targets table, then this section.
    writeIntoBenchmarks(section, [START, END], (l) =>
      l.startsWith('| whole-city roll-up, MySQL / SQLite |')
        ? null
        : l.startsWith('| whole-city roll-up through the gateway / its SQL run directly')
          ? rollupTargetRows(outcome)
          : l,
    );
    log(
      `SQLite p50 ${ms(legs[0].latency.p50)} ms, ${version} p50 ${ms(legs[1].latency.p50)} ms; ${statements.length} statements, ${ms(statements.reduce((n, s) => n + s.ms, 0))} ms directly; wrote ${OUT}`,
    );
    if (legs.some((l) => l.errors > 0)) process.exitCode = 1;
  } finally {
    await conn.end();
  }
}

main()
  .catch((err) => {
    console.error(`[bench:mysql] failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
