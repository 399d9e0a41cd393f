import {
  In,
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';

/** The few places where SQLite and MySQL spell SQL differently, in one file. */
export const isSqlite = (ds: DataSource): boolean => ds.options.type === 'better-sqlite3';

/** A Date as a bound parameter: SQLite keeps TypeORM's UTC text form, MySQL binds the Date (timezone Z). */
export function dbDate(ds: DataSource, d: Date): Date | string {
  return isSqlite(ds) ? d.toISOString().replace('T', ' ').replace('Z', '') : d;
}

/**
 * Rows read for writing, inside a write transaction. SQLite serialises writers; on MySQL (and TiDB,
 * whose pessimistic transactions honour it) `SELECT ... FOR UPDATE` makes a second writer -- in this
 * process or in another replica -- wait for the first to commit, then read what it wrote. Locks are
 * taken in id order so two writers cannot deadlock.
 */
export async function findForUpdate<T extends ObjectLiteral & { id: number }>(
  em: EntityManager,
  target: EntityTarget<T>,
  ids: number[],
): Promise<Map<number, T>> {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  if (unique.length === 0) return new Map();
  const qb = em
    .getRepository(target)
    .createQueryBuilder('x')
    .where({ id: In(unique) } as any)
    .orderBy('x.id', 'ASC');
  if (em.connection.driver.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write');
  return new Map((await qb.getMany()).map((row) => [row.id, row]));
}
