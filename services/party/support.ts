import type { EntityManager } from 'typeorm';

/** Row locks for writers live in shared/sql.ts; re-exported where the party subgraph always found them. */
export { findForUpdate } from '../../shared/sql';

export const today = (): string => new Date().toISOString().slice(0, 10);

export const isMysql = (em: EntityManager): boolean =>
  em.connection.driver.options.type !== 'better-sqlite3';
