import { Directive, Field, Int, ObjectType } from 'type-graphql';

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
