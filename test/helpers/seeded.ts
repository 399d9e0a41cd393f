import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from 'mysql2/promise';
import {
  createDataSource,
  databaseName,
  ensurePrivateDir,
  type CountedDataSource,
  type DbConfig,
} from '../../shared/data-source';
import type { SubgraphModule } from '../../shared/service';
import type { DemoCityBase } from '../../shared/demo/base';

/**
 * A subgraph's database, migrated and seeded with a demo city, built once per jest run and copied
 * after that: the SQLite file is copied, a MySQL database is cloned table by table from a template
 * database (its CREATE TABLE as the server shows it, then INSERT … SELECT). A test still gets its
 * own database that no other file touches; only the identical starting rows are shared.
 *
 * The cache lives for one run (test/helpers/global-setup.ts makes it, global-teardown.ts removes
 * it), keyed by the subgraph and the whole city's content, so a change to the code or to a city
 * between runs can never be served stale rows. Without the run's cache (a file started some other
 * way) every database is migrated and seeded afresh, as before.
 */
export const SEED_CACHE_ENV = 'GRIDS_TEST_SEED_CACHE';
export const TEMPLATE_PREFIX_ENV = 'GRIDS_TEST_TEMPLATE_PREFIX';

/** A city is not changed once a database has been seeded from it (tests generate and read them). */
const cityKeys = new WeakMap<object, string>();
function cityKey(city: DemoCityBase): string {
  let key = cityKeys.get(city);
  if (!key) {
    const json = JSON.stringify(city, (_k, v: unknown) =>
      v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v,
    );
    key = createHash('sha256').update(json).digest('hex').slice(0, 16);
    cityKeys.set(city, key);
  }
  return key;
}

export async function openSeeded(
  mod: SubgraphModule,
  db: DbConfig,
  city: DemoCityBase,
): Promise<CountedDataSource> {
  const open = () =>
    createDataSource({ service: mod.name, db, entities: mod.entities, migrations: mod.migrations });
  const seedFresh = async () => {
    const opened = await open();
    await mod.seed(opened.dataSource, city, () => {});
    return opened;
  };
  const key = `${mod.name}_${cityKey(city)}`;
  if (db.kind === 'sqlite') {
    const cache = process.env[SEED_CACHE_ENV];
    if (!cache) return seedFresh();
    const cached = join(cache, `${key}.sqlite`);
    const file = databaseName(db, mod.name);
    if (existsSync(cached)) {
      ensurePrivateDir(db.dir);
      copyFileSync(cached, file);
      chmodSync(file, 0o600);
      return open(); // its migrations are all recorded: nothing runs
    }
    const opened = await seedFresh();
    // better-sqlite3's online backup: a consistent page copy of the seeded file, WAL included.
    const sqlite = (
      opened.dataSource.driver as unknown as {
        databaseConnection: { backup(to: string): Promise<unknown> };
      }
    ).databaseConnection;
    const tmp = `${cached}.${randomBytes(4).toString('hex')}.tmp`;
    await sqlite.backup(tmp);
    renameSync(tmp, cached); // atomic: a worker that races this one copies a whole file or none
    return opened;
  }
  const prefix = process.env[TEMPLATE_PREFIX_ENV];
  if (!prefix) return seedFresh();
  const template = `${prefix}${key}`;
  const target = databaseName(db, mod.name);
  const copied = await withMysql(db.url, async (c) => {
    if (!(await templateReady(c, template))) return false;
    await cloneDatabase(c, template, target);
    return true;
  });
  if (copied) return open();
  const opened = await seedFresh();
  await withMysql(db.url, async (c) => {
    // One worker writes a template; one that loses the race finds it ready and leaves it.
    const [[lock]] = (await c.query('SELECT GET_LOCK(?, 60) AS got', [template])) as unknown as [
      { got: number }[],
    ];
    if (lock.got !== 1) return;
    try {
      if (await templateReady(c, template)) return;
      await c.query(`DROP DATABASE IF EXISTS \`${template}\``);
      await cloneDatabase(c, target, template);
      await c.query(`CREATE TABLE \`${template}\`.\`${READY}\` (id INT)`);
    } finally {
      await c.query('SELECT RELEASE_LOCK(?)', [template]);
    }
  });
  return opened;
}

/** The marker a template gets last: a template without it is still being written. */
const READY = 'zz_template_ready';

/** One connection for `f`, closed after it. */
export async function withMysql<T>(url: string, f: (c: Connection) => Promise<T>): Promise<T> {
  const c = await (await import('mysql2/promise')).createConnection(url);
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

async function templateReady(c: Connection, template: string): Promise<boolean> {
  const [rows] = (await c.query(
    'SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?',
    [template, READY],
  )) as unknown as [unknown[]];
  return rows.length > 0;
}

/** Every table of `from` into a new database `to`: the same definition (keys, indexes, foreign keys, auto-increment), the same rows. */
async function cloneDatabase(c: Connection, from: string, to: string): Promise<void> {
  await c.query(
    `CREATE DATABASE IF NOT EXISTS \`${to}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  const [tables] = (await c.query(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' AND table_name <> ?",
    [from, READY],
  )) as unknown as [{ name: string }[]];
  // The definitions name the tables they reference without a database: they are read in `to`.
  await c.query(`USE \`${to}\``);
  await c.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const { name } of tables) {
    const [[shown]] = (await c.query(`SHOW CREATE TABLE \`${from}\`.\`${name}\``)) as unknown as [
      Record<string, string>[],
    ];
    await c.query(shown['Create Table']);
    await c.query(`INSERT INTO \`${to}\`.\`${name}\` SELECT * FROM \`${from}\`.\`${name}\``);
  }
  await c.query('SET FOREIGN_KEY_CHECKS = 1');
}
