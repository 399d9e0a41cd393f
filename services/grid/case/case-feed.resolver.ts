import { Args, ArgsType, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { Case } from './case.entity';
import { CaseEvent } from './case-event.entity';
import { assertPrefix, underPrefixSql } from '../../../shared/codes';
import { Place } from '../../../shared/auth/policy';
import { BadUserInputError } from '../../../shared/errors';
import type { GridContext } from '../context';
import { onlyVisibleCases } from './case-visibility';
import { Input } from '../../../shared/input-fields';
import { Out } from '../../../shared/output-fields';

/** Opaque to clients: base64url of a versioned position in the event log. */
export const encodeCursor = (eventId: number): string =>
  Buffer.from(`ce1:${eventId}`).toString('base64url');

export function decodeCursor(cursor: string): number {
  const m = /^ce1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m)
    throw new BadUserInputError('after is not a cursor this feed gave out', { field: 'after' });
  return Number(m[1]);
}

// An entry stands where its case stands: the read policy checks it like any row with a place.
@Place('gridCode')
@ObjectType({
  description: '事项变更 one entry of the change feed: an event and the case as it is now',
})
class CaseChange {
  @Out.text('游标 position of this entry; pass it as `after` to continue from here')
  cursor!: string;

  @Out.text(
    '网格代码 the grid of the case, the place of this entry (also when the case is no longer readable)',
  )
  gridCode!: string;

  @Out.of(() => CaseEvent, '事件 the transition')
  event!: CaseEvent;

  @Out.of(() => Case, '事项 the case, as it is now', { nullable: true })
  case!: Case | null;
}

@ObjectType({ description: '变更流 a page of the change feed, oldest first' })
class CaseChangeFeed {
  @Out.of(() => [CaseChange], '变更 entries after the given cursor, oldest first')
  items!: CaseChange[];

  @Out.text('末位游标 where the next poll starts; unchanged when nothing new happened')
  endCursor!: string;

  @Out.bool('是否还有 whether more entries are waiting right now')
  hasMore!: boolean;
}

@ArgsType()
class CaseFeedArgs {
  @Input.text('区划或网格编码前缀 events of cases on grids under this code')
  under!: string;

  @Input.text('游标 the endCursor of the previous poll; omit to start at the beginning', {
    nullable: true,
    optional: true,
  })
  after?: string;

  @Field(() => Int, { defaultValue: 100, description: '条数 entries per poll, 1–500' })
  @Min(1)
  @Max(500)
  limit: number = 100;
}

@Resolver()
export class CaseFeedResolver {
  @Query(() => CaseChangeFeed, {
    description:
      '变更流 the case event log after a cursor, for department systems that poll: sync incrementally, never miss an event',
  })
  async caseEvents(@Args() a: CaseFeedArgs, @Ctx() ctx: GridContext): Promise<CaseChangeFeed> {
    const after = a.after ? decodeCursor(a.after) : 0;
    const [range, params] = underPrefixSql(
      'c.grid_code',
      assertPrefix(a.under, 'under'),
      'p',
      'CaseChange',
    );
    const qb = ctx.dataSource
      .getRepository(CaseEvent)
      .createQueryBuilder('e')
      .innerJoin(Case, 'c', 'c.id = e.case_id')
      .where('e.id > :after', { after })
      .andWhere(range, params);
    onlyVisibleCases(qb, ctx.viewer);
    const rows = await qb
      .orderBy('e.id', 'ASC')
      .take(a.limit + 1)
      .getMany();
    const page = rows.slice(0, a.limit);
    const cases = await Promise.all(page.map((e) => ctx.loaders.caseById.load(e.caseId)));
    return {
      // the inner join above guarantees the case row exists
      items: page.map((event, i) =>
        Object.assign(new CaseChange(), {
          cursor: encodeCursor(event.id),
          gridCode: cases[i]!.gridCode,
          event,
          case: cases[i] ?? null,
        }),
      ),
      endCursor: encodeCursor(page.length ? page[page.length - 1].id : after),
      hasMore: rows.length > a.limit,
    };
  }
}
