import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { prefixRange } from './codes';

/** A count per key (level, role, state, category ...); shareable, so every subgraph's indicators can use it. */
@ObjectType({ description: '分组计数 a count per key (level, role, state, category, ...)' })
@Directive('@shareable')
export class KeyCount {
  @Field({ description: '分组 the key' })
  key!: string;

  @Field(() => Int, { description: '数量 count' })
  count!: number;
}

export const toKeyCounts = (rows: { k: string; n: number | string }[]): KeyCount[] =>
  rows.map((r) => ({ key: String(r.k), count: Number(r.n) }));

export const sumCounts = (xs: KeyCount[], keep: (k: string) => boolean = () => true): number =>
  xs.filter((x) => keep(x.key)).reduce((a, x) => a + x.count, 0);

/** A ratio that is null rather than NaN when there is nothing to divide by. */
export const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** What countUnder needs of a data source: one parameterised query. */
export interface SqlQuery {
  query(sql: string, params?: unknown[]): Promise<any>;
}

const underClause = (column: string, where: string) =>
  `${column} >= ? AND ${column} < ?${where ? ` AND (${where})` : ''}`;

/** Rows of `table` whose place code `column` is under `prefix`, counted on that column's index; `where` narrows further. */
export async function countUnder(
  ds: SqlQuery,
  table: string,
  column: string,
  prefix: string,
  where = '',
  params: unknown[] = [],
): Promise<number> {
  const { lo, hi } = prefixRange(prefix);
  const rows = await ds.query(
    `SELECT COUNT(*) AS n FROM ${table} WHERE ${underClause(column, where)}`,
    [lo, hi, ...params],
  );
  return Number(rows[0]?.n ?? 0);
}

/** The same count, one KeyCount per value of `key`, in key order. */
export async function countByUnder(
  ds: SqlQuery,
  table: string,
  column: string,
  key: string,
  prefix: string,
  where = '',
  params: unknown[] = [],
): Promise<KeyCount[]> {
  const { lo, hi } = prefixRange(prefix);
  return toKeyCounts(
    await ds.query(
      `SELECT ${key} AS k, COUNT(*) AS n FROM ${table} WHERE ${underClause(column, where)} GROUP BY ${key} ORDER BY ${key}`,
      [lo, hi, ...params],
    ),
  );
}
