import type { DataSource } from 'typeorm';
import { isSqlite } from '../../../shared/sql';

/** Hours from datetime `a` to datetime `b` (either may be a `?`): the one expression SQLite and MySQL spell differently here. */
export function hoursBetween(ds: DataSource, a: string, b: string): string {
  return isSqlite(ds)
    ? `((julianday(${b}) - julianday(${a})) * 24.0)`
    : `(TIMESTAMPDIFF(SECOND, ${a}, ${b}) / 3600.0)`;
}
