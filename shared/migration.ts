import {
  Table,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
  type TableColumnOptions,
} from 'typeorm';
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

/** An index of a table declared with it: one column, several (in order), or `unique(...)`. */
export type IndexSpec = string | string[] | { unique: string[] };

export const unique = (...columns: string[]): IndexSpec => ({ unique: columns });

function toIndex(table: string, spec: IndexSpec | TableIndex): TableIndex {
  if (spec instanceof TableIndex) return spec;
  if (typeof spec === 'string') return index(table, [spec]);
  return Array.isArray(spec) ? index(table, spec) : index(table, spec.unique, true);
}

export async function createTable(
  qr: QueryRunner,
  name: string,
  columns: TableColumnOptions[],
  indices: (TableIndex | IndexSpec)[] = [],
) {
  // SQLite spells int as integer (and only auto-increments an INTEGER PRIMARY KEY).
  const sqlite = qr.connection.driver.options.type === 'better-sqlite3';
  const cols = columns.map((c) => (sqlite && c.type === 'int' ? { ...c, type: 'integer' } : c));
  const table = new Table({ name, columns: cols, indices: indices.map((i) => toIndex(name, i)) });
  await qr.createTable(table, true);
}

/** A table a migration creates: its columns and its indexes (named as the entities name them). */
export interface TableSpec {
  columns: TableColumnOptions[];
  indices?: IndexSpec[];
}

/**
 * A migration that creates tables, in the order listed, and whose down() drops them in reverse.
 * A migration with more to do extends it and calls `super.up` / `super.down` around its own steps.
 */
export function tablesMigration(
  name: string,
  tables: Record<string, TableSpec>,
): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = name;
    async up(qr: QueryRunner): Promise<void> {
      for (const [t, spec] of Object.entries(tables))
        await createTable(qr, t, spec.columns, spec.indices);
    }
    async down(qr: QueryRunner): Promise<void> {
      for (const t of Object.keys(tables).reverse()) await qr.dropTable(t, true);
    }
  };
}
