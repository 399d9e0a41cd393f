import type { DataSource } from 'typeorm';

/** The few places where SQLite and MySQL spell SQL differently, in one file. */
export const isSqlite = (ds: DataSource): boolean => ds.options.type === 'better-sqlite3';

/** A Date as a bound parameter: SQLite keeps TypeORM's UTC text form, MySQL binds the Date (timezone Z). */
export function dbDate(ds: DataSource, d: Date): Date | string {
  return isSqlite(ds) ? d.toISOString().replace('T', ' ').replace('Z', '') : d;
}
