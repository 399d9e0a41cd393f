import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

/** SQLite serialises writers; MySQL needs row locks, taken here in id order so two writers cannot deadlock. */
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

export const today = (): string => new Date().toISOString().slice(0, 10);

export const isMysql = (em: EntityManager): boolean =>
  em.connection.driver.options.type !== 'better-sqlite3';
