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

/**
 * One row as it is now, inside a write transaction: the latest committed version (locked on MySQL).
 * A plain read inside a MySQL transaction sees the snapshot the transaction began with, so after a
 * conditional UPDATE lost to another writer (in this process or another replica) it would still
 * show the state before that writer's change; the CONFLICT would then name a state that is gone.
 */
export async function currentRow<T extends ObjectLiteral & { id: number }>(
  em: EntityManager,
  target: EntityTarget<T>,
  id: number,
): Promise<T | undefined> {
  return (await findForUpdate(em, target, [id])).get(id);
}
