import { Args, ArgsType, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LinkageDecision, LinkageMeeting } from './linkage.entity';
import { Case, caseRef } from '../place.stub';
import { parseId, IdArg } from '../../../shared/ids';
import { isUniqueViolation } from '../../../shared/db-errors';
import { toPage, PageUnderArgs, PageOf, type Page } from '../../../shared/pagination';
import { assertPrefix, underPrefixSql } from '../../../shared/codes';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { writeTransaction } from '../../../shared/tx';
import type { PropertyContext } from '../context';
import { PLACE_STAFF, WriteRule, rowPlace } from '../../../shared/auth/write-rule';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { FieldOrNull } from '../../../shared/field-resolvers';

/**
 * A decision's follow-up case lives in the grid subgraph, so no transaction spans both. The protocol:
 * 1. the decision is committed here with followUpRequired (status PENDING);
 * 2. the caller opens the case in the grid subgraph, passing followUpKey as its idempotency key;
 * 3. the caller calls attachFollowUpCase(decision, case): a conditional update that sets the id once.
 * A failure after 1 leaves the decision in pendingFollowUpDecisions, the retry queue; a retry of 2
 * with the same key must return the same case; a repeated 3 with the same case is a no-op, with
 * another case it is a CONFLICT. The case id is the grid subgraph's numeric Case id.
 */
export const FollowUpStatus = defineEnum(
  'LinkageFollowUpStatus',
  "跟进状态 whether a decision's follow-up case has been opened in the grid subgraph",
  {
    NOT_NEEDED: '无需立案 no follow-up case needed',
    PENDING: '待立案 a case is to be opened and attached',
    OPENED: '已立案 the grid case is attached',
  },
);
export type FollowUpStatus = EnumValue<typeof FollowUpStatus>;

export const followUpKey = (decisionId: number): string =>
  `property:linkage-decision:${decisionId}`;

export const LinkageDecisionPage = PageOf(LinkageDecision, '议定事项分页 a page of decisions');

@ArgsType()
export class PendingFollowUpArgs extends PageUnderArgs(
  '区划或网格编码前缀 decisions under this region or grid code',
) {}

@Resolver(() => LinkageDecision)
export class FollowUpResolver {
  @Query(() => LinkageDecisionPage, {
    description: '待立案事项 decisions whose follow-up case is still to be opened: the retry queue',
  })
  async pendingFollowUpDecisions(
    @Args() args: PendingFollowUpArgs,
    @Ctx() ctx: PropertyContext,
  ): Promise<Page<LinkageDecision>> {
    const [range, params] = underPrefixSql('d.grid_code', assertPrefix(args.under, 'under'));
    const [items, total] = await ctx.dataSource
      .getRepository(LinkageDecision)
      .createQueryBuilder('d')
      .where(range, params)
      .andWhere('d.follow_up_required = :yes', { yes: true })
      .andWhere('d.follow_up_case_id IS NULL')
      .orderBy('d.id', 'ASC')
      .skip(args.offset)
      .take(args.limit)
      .getManyAndCount();
    return toPage(items, total, args);
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(LinkageDecision, 'decisionId') })
  @Mutation(() => LinkageDecision, {
    description:
      '关联跟进事项 attach the grid case opened for a decision; idempotent for the same case',
  })
  async attachFollowUpCase(
    @IdArg('事项编号 decision id', 'decisionId') decisionId: string,
    @IdArg("网格事项编号 the grid subgraph's case id", 'caseId')
    caseId: string,
    @Ctx() ctx: PropertyContext,
  ): Promise<LinkageDecision> {
    const id = parseId(decisionId, 'decisionId');
    const caseNo = parseId(caseId, 'caseId');
    // One transaction: the place check comes first, and a refusal found after the update rolls it back.
    return writeTransaction(ctx.dataSource, async (em) => {
      const repo = em.getRepository(LinkageDecision);
      try {
        // One conditional statement: of two racing attaches only one finds the id still empty.
        await repo
          .createQueryBuilder()
          .update()
          .set({ followUpCaseId: caseNo })
          .where('id = :id AND follow_up_required = :yes AND follow_up_case_id IS NULL', {
            id,
            yes: true,
          })
          .execute();
      } catch (err) {
        if (isUniqueViolation(err))
          throw new ConflictError(`case ${caseNo} already follows another decision`, {
            field: 'caseId',
          });
        throw err;
      }
      const decision = await repo.findOneBy({ id });
      if (!decision) throw new NotFoundError('LinkageDecision', id);
      if (!decision.followUpRequired)
        throw new BadUserInputError(`decision ${id} needs no follow-up case`, {
          field: 'decisionId',
        });
      if (decision.followUpCaseId !== caseNo) {
        throw new ConflictError(
          `decision ${id} is already followed up by case ${decision.followUpCaseId}`,
          { field: 'caseId' },
        );
      }
      return decision;
    });
  }

  @FieldOrNull(() => LinkageMeeting, '所属会议 the meeting that took the decision')
  meeting(@Root() d: LinkageDecision, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.meetingById.load(d.meetingId);
  }

  @FieldResolver(() => FollowUpStatus, { description: '跟进状态 follow-up status' })
  followUpStatus(@Root() d: LinkageDecision): FollowUpStatus {
    if (!d.followUpRequired) return FollowUpStatus.NOT_NEEDED;
    return d.followUpCaseId == null ? FollowUpStatus.PENDING : FollowUpStatus.OPENED;
  }

  @FieldOrNull(
    () => String,
    '立案幂等键 the idempotency key to open the grid case with, when a follow-up is needed',
  )
  followUpKey(@Root() d: LinkageDecision): string | null {
    return d.followUpRequired ? followUpKey(d.id) : null;
  }

  @FieldOrNull(() => Case, '跟进事项 the grid case opened for it (grid subgraph)')
  followUpCase(@Root() d: LinkageDecision): Case | null {
    return caseRef(d.followUpCaseId);
  }
}
