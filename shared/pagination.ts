import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';

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
 * A window on a list that is a field of one object (a case's events, a team's volunteers): no page
 * object, but never more than MAX_PAGE_SIZE rows, and the gateway's cost estimate counts `limit`.
 */
@ArgsType()
export class SliceArgs {
  @Field(() => Int, { defaultValue: MAX_PAGE_SIZE, description: `最多条数 at most this many rows, 1–${MAX_PAGE_SIZE}` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = MAX_PAGE_SIZE;

  @Field(() => Int, { defaultValue: 0, description: '跳过条数 rows to skip' })
  @Min(0)
  offset: number = 0;
}

export const slice = <T>(rows: readonly T[], a: SliceArgs): T[] => rows.slice(a.offset, a.offset + a.limit);

export interface Page<T> {
  items: T[];
  totalCount: number;
  limit: number;
  offset: number;
  hasMore: boolean;
}

/** One generic page type: `class GridPage extends Paginated(Grid) {}`. */
export function Paginated<T extends object>(itemClass: ClassType<T>) {
  @ObjectType()
  abstract class PageClass implements Page<T> {
    @Field(() => [itemClass], { description: '本页数据 the rows of this page' })
    items!: T[];

    @Field(() => Int, { description: '总数 rows matching the filter, across all pages' })
    totalCount!: number;

    @Field(() => Int)
    limit!: number;

    @Field(() => Int)
    offset!: number;

    @Field({ description: '是否还有下一页 whether another page follows' })
    hasMore!: boolean;
  }
  return PageClass;
}

export function toPage<T>(items: T[], totalCount: number, args: PageArgs): Page<T> {
  return { items, totalCount, limit: args.limit, offset: args.offset, hasMore: args.offset + items.length < totalCount };
}
