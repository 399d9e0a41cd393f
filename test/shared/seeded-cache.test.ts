import type { DataSource } from 'typeorm';
import { generateCity } from '../../services/demo-city';
import { SUBGRAPHS } from '../../services/registry';
import { createTestDb, dialect } from '../helpers/db';
import { openSeeded, SEED_CACHE_ENV, TEMPLATE_PREFIX_ENV } from '../helpers/seeded';

// The run's cache of seeded databases (test/helpers/seeded.ts) must hand out exactly what seeding
// afresh writes: every table, every row, the migrations recorded, and a database of its own.
const city = generateCity('demo', 20210104);

async function contents(ds: DataSource): Promise<Record<string, unknown[]>> {
  const tables: { name: string }[] =
    dialect === 'mysql'
      ? await ds.query(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
        )
      : await ds.query(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        );
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables.sort((a, b) => a.name.localeCompare(b.name)))
    out[name] = await ds.query(`SELECT * FROM ${name} ORDER BY 1`);
  return out;
}

test.each(SUBGRAPHS.map((m) => [m.name, m]))(
  '%s: a database copied from the cache holds what seeding afresh writes, and is its own',
  async (_name, mod) => {
    expect(process.env[dialect === 'mysql' ? TEMPLATE_PREFIX_ENV : SEED_CACHE_ENV]).toBeTruthy();
    const saved = { ...process.env };
    const dbs = [createTestDb(), createTestDb(), createTestDb()];
    try {
      // Afresh: no cache for this call.
      delete process.env[SEED_CACHE_ENV];
      delete process.env[TEMPLATE_PREFIX_ENV];
      const fresh = (await openSeeded(mod, dbs[0].config, city)).dataSource;
      Object.assign(process.env, saved);
      const first = (await openSeeded(mod, dbs[1].config, city)).dataSource; // builds or finds the cache
      const copy = (await openSeeded(mod, dbs[2].config, city)).dataSource; // certainly a copy
      const expected = await contents(fresh);
      expect(Object.keys(expected)).toContain('migrations');
      expect(Object.values(expected).some((rows) => rows.length > 0)).toBe(true);
      expect(await contents(first)).toEqual(expected);
      expect(await contents(copy)).toEqual(expected);
      // A write to the copy stays there.
      await copy.query('DELETE FROM migrations');
      expect((await contents(first)).migrations).toEqual(expected.migrations);
      for (const ds of [fresh, first, copy]) await ds.destroy();
    } finally {
      Object.assign(process.env, saved);
      for (const db of dbs) await db.drop([mod.name]);
    }
  },
);
