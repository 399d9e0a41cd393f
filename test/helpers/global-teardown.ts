import { rmSync } from 'node:fs';
import { SEED_CACHE_ENV, TEMPLATE_PREFIX_ENV, withMysql } from './seeded';

/** After the run: the seeded SQLite files and the MySQL template databases go. */
export default async function globalTeardown(): Promise<void> {
  const cache = process.env[SEED_CACHE_ENV];
  if (cache) rmSync(cache, { recursive: true, force: true });
  const prefix = process.env[TEMPLATE_PREFIX_ENV];
  if (!prefix || !process.env.MYSQL_URL) return;
  await withMysql(process.env.MYSQL_URL, async (c) => {
    const [rows] = (await c.query(
      'SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE ?',
      [`${prefix.replace(/_/g, '\\_')}%`],
    )) as unknown as [{ name: string }[]];
    for (const { name } of rows) await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
  });
}
