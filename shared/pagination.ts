import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { assertPrefix, underPrefixSql } from './codes';

/** No list in the graph returns more than this many rows per page. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `每页条数 rows per page, 1–${MAX_PAGE_SIZE}` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 20;

  @Field(() => Int, { defaultValue: 0, description: '跳过条数 rows to skip' })
  @Min(0)
  offset: number = 0;
}

/**
 * The arguments of a list of rows on grids: a page and the region or grid code prefix `under`, whose
 * description names the rows (`class GridFilterArgs extends PageUnderArgs('... every grid under ...')`).
 */
export function PageUnderArgs(underDescription: string) {
  @ArgsType()
  abstract class UnderArgs extends PageArgs {
    @Field({ description: underDescription })
    under!: string;
  }
  return UnderArgs;
}

/**
 * A window on a list that is a field of one object (a case's events, a team's volunteers): no page
 * object, but never more than MAX_PAGE_SIZE rows, and the gateway's cost estimate counts `limit`.
 */
@ArgsType()
export class SliceArgs {
  @Field(() => Int, {
    defaultValue: MAX_PAGE_SIZE,
    description: `最多条数 at most this many rows, 1–${MAX_PAGE_SIZE}`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = MAX_PAGE_SIZE;

  @Field(() => Int, { defaultValue: 0, description: '跳过条数 rows to skip' })
  @Min(0)
  offset: number = 0;
}

export const slice = <T>(rows: readonly T[], a: SliceArgs): T[] =>
  rows.slice(a.offset, a.offset + a.limit);

export interface Page<T> {
  items: T[];
  totalCount: number;
  limit: number;
  offset: number;
  hasMore: boolean;
}

/** One generic page type, the base of PageType and PageOf: `class GridPage extends Paginated(Grid) {}`. */
export function Paginated<T extends object>(itemClass: ClassType<T>) {
  @ObjectType()
  abstract class PageClass implements Page<T> {
    @Field(() => [itemClass], { description: '本页数据 the rows of this page' })
    items!: T[];

    @Field(() => Int, { description: '总数 rows matching the filter, across all pages' })
    totalCount!: number;

    @Field(() => Int, { description: '每页条数 the page size asked (limit)' })
    limit!: number;

    @Field(() => Int, { description: '本页起点 rows skipped before this page (the offset asked)' })
    offset!: number;

    @Field({ description: '是否还有下一页 whether another page follows' })
    hasMore!: boolean;
  }
  return PageClass;
}

/** A page type named and described where it is used: `@ObjectType(name, { description }) class <name> extends Paginated(item) {}`. */
export function PageType(item: ClassType, name: string, description: string): ClassType {
  @ObjectType(name, { description })
  class NamedPage extends Paginated(item) {}
  return NamedPage;
}

/** `<Item>Page`, the page type of `item` as every list names it: `export const GridPage = PageOf(Grid, '网格分页 a page of grids')`. */
export function PageOf<T extends object>(item: ClassType<T>, description: string) {
  return PageType(item, `${item.name}Page`, description) as ClassType<Page<T>>;
}

export function toPage<T>(items: T[], totalCount: number, args: PageArgs): Page<T> {
  return {
    items,
    totalCount,
    limit: args.limit,
    offset: args.offset,
    hasMore: args.offset + items.length < totalCount,
  };
}

/** The rows of `qb` as it stands (its filters already cut to the caller), in `order`: one page with its total. */
export async function pageOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  order: Record<string, 'ASC' | 'DESC'>,
): Promise<Page<T>> {
  Object.entries(order).forEach(([by, dir], i) =>
    i === 0 ? qb.orderBy(by, dir) : qb.addOrderBy(by, dir),
  );
  const [items, total] = await qb.skip(args.offset).take(args.limit).getManyAndCount();
  return toPage(items, total, args);
}

/**
 * The list pattern in one place: the rows of `qb` (with its filters) whose `column` lies under
 * `args.under`, cut to the caller's jurisdiction in SQL (and, when `rows` names the listed type, to
 * the caller's role scope: shared/codes underPrefixSql), in `order`, one page with its total.
 */
export function pageUnder<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  args: PageArgs & { under: string },
  order: Record<string, 'ASC' | 'DESC'>,
  rows?: string,
): Promise<Page<T>> {
  qb.andWhere(...underPrefixSql(column, assertPrefix(args.under, 'under'), 'p', rows));
  return pageOf(qb, args, order);
}
