import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import { SqlCounter } from './sql-counter';
import { SnakeNamingStrategy } from './naming';
import { RowGuardSubscriber } from './auth/row-guard';

/** Where a subgraph keeps its rows: one SQLite file, or one MySQL database, per subgraph. */
export type DbConfig =
  | { kind: 'sqlite'; dir: string }
  /** pool: connections this process may hold (MYSQL_POOL_SIZE, 10 unless given). */
  | { kind: 'mysql'; url: string; prefix: string; pool?: number };

export interface SubgraphDbOptions {
  service: string;
  db: DbConfig;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Run pending migrations on initialize (the normal path; never synchronize). */
  migrate?: boolean;
}

export interface CountedDataSource {
  dataSource: DataSource;
  counter: SqlCounter;
}

export function dbConfigFromEnv(env: {
  MYSQL_URL?: string;
  DB_PREFIX: string;
  SQLITE_DIR: string;
  MYSQL_POOL_SIZE?: number;
}): DbConfig {
  return env.MYSQL_URL
    ? { kind: 'mysql', url: env.MYSQL_URL, prefix: env.DB_PREFIX, pool: env.MYSQL_POOL_SIZE }
    : { kind: 'sqlite', dir: env.SQLITE_DIR };
}

export function databaseName(db: DbConfig, service: string): string {
  return db.kind === 'mysql'
    ? `${db.prefix}${service}`
    : resolve(join(db.dir, `${service}.sqlite`));
}

/** mysql2 only when a MySQL URL is in use: a SQLite process (the default) never loads it. */
const mysqlConnection = async (url: string) =>
  (await import('mysql2/promise')).createConnection(url);

/** Creates the subgraph's database if needed and says whether the server is MariaDB (TypeORM reads its catalog differently). */
async function ensureMysqlDatabase(url: string, name: string): Promise<'mysql' | 'mariadb'> {
  const conn = await mysqlConnection(url);
  try {
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [rows] = await conn.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as { v: string }[])[0].v)) ? 'mariadb' : 'mysql';
  } finally {
    await conn.end();
  }
}

export async function dropMysqlDatabase(url: string, name: string): Promise<void> {
  const conn = await mysqlConnection(url);
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await conn.end();
  }
}

export function dataSourceOptions(
  opts: SubgraphDbOptions,
  counter: SqlCounter,
  flavour: 'mysql' | 'mariadb' = 'mysql',
): DataSourceOptions {
  const common = {
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logger: counter,
    namingStrategy: new SnakeNamingStrategy(),
    subscribers: [RowGuardSubscriber] as Function[],
  } as const;
  if (opts.db.kind === 'mysql') {
    const u = new URL(opts.db.url);
    return {
      ...common,
      type: flavour,
      host: u.hostname,
      port: Number(u.port || 3306),
      username: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: databaseName(opts.db, opts.service),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      extra: { connectionLimit: opts.db.pool ?? 10 },
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: databaseName(opts.db, opts.service),
    // WAL lets readers run beside the single writer; the busy timeout queues writers instead of failing.
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}

/** The data folder, readable by its owner only (0700), made if missing and tightened if it exists. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** A subgraph's SQLite file, 0600 before SQLite opens it: its -wal and -shm files take the same mode. */
function ensurePrivateSqliteFile(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

/** Opens (and, first time, creates) the subgraph's database and brings its schema up to date by migrations. */
export async function createDataSource(opts: SubgraphDbOptions): Promise<CountedDataSource> {
  let flavour: 'mysql' | 'mariadb' = 'mysql';
  if (opts.db.kind === 'mysql')
    flavour = await ensureMysqlDatabase(opts.db.url, databaseName(opts.db, opts.service));
  else {
    ensurePrivateDir(opts.db.dir);
    ensurePrivateSqliteFile(databaseName(opts.db, opts.service));
  }
  const counter = new SqlCounter();
  const dataSource = new DataSource(dataSourceOptions(opts, counter, flavour));
  await dataSource.initialize();
  if (opts.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, counter };
}
