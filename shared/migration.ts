import { Table, TableIndex, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming';

/**
 * Dialect-neutral table definitions for hand-written migrations: the same migration runs on
 * SQLite and MySQL, and index names match what the entities declare, so a schema-drift test can
 * prove that migrations and entities agree.
 */
const naming = new SnakeNamingStrategy();

type Opt = Partial<TableColumnOptions>;

export const col = {
  id: (name = 'id'): TableColumnOptions => ({
    name,
    type: 'int',
    isPrimary: true,
    isGenerated: true,
    generationStrategy: 'increment',
  }),
  varchar: (name: string, length: number, o: Opt = {}): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    ...o,
  }),
  text: (name: string, o: Opt = {}): TableColumnOptions => ({ name, type: 'text', ...o }),
  int: (name: string, o: Opt = {}): TableColumnOptions => ({ name, type: 'int', ...o }),
  bool: (name: string, o: Opt = {}): TableColumnOptions => ({ name, type: 'boolean', ...o }),
  date: (name: string, o: Opt = {}): TableColumnOptions => ({ name, type: 'date', ...o }),
  datetime: (name: string, o: Opt = {}): TableColumnOptions => ({ name, type: 'datetime', ...o }),
  decimal: (name: string, precision: number, scale: number, o: Opt = {}): TableColumnOptions => ({
    name,
    type: 'decimal',
    precision,
    scale,
    ...o,
  }),
};

export function index(table: string, columns: string[], unique = false): TableIndex {
  return new TableIndex({
    name: naming.indexName(table, columns),
    columnNames: columns,
    isUnique: unique,
  });
}

export async function createTable(
  qr: QueryRunner,
  name: string,
  columns: TableColumnOptions[],
  indices: TableIndex[] = [],
) {
  // SQLite spells int as integer (and only auto-increments an INTEGER PRIMARY KEY).
  const sqlite = qr.connection.driver.options.type === 'better-sqlite3';
  const cols = columns.map((c) => (sqlite && c.type === 'int' ? { ...c, type: 'integer' } : c));
  await qr.createTable(new Table({ name, columns: cols, indices }), true);
}
