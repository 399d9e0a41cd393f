import { Arg, Ctx, Resolver } from 'type-graphql';
import { Case, CaseState } from './case.entity';
import { CaseEvent } from './case-event.entity';
import { Grid } from '../grid/grid.entity';
import { Department } from '../department/department.entity';
import {
  CaseTransitionInput,
  DispatchCaseInput,
  RateCaseInput,
  ReportCaseInput,
} from './case.inputs';
import { transitionCase } from './case.service';
import { authorizeCaseAction } from './case-policy';
import { dueAtFor, type CaseAction } from './case-machine';
import { writeTransaction } from '../../../shared/tx';
import { isUniqueViolation } from '../../../shared/db-errors';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { actorOf } from '../../../shared/viewer';
import { assertWithin } from '../../../shared/auth/policy';
import type { GridContext } from '../context';
import {
  PLACE_STAFF,
  WriteMutation,
  argPlace,
  rowPlace,
  type WriteRuleSpec,
} from '../../../shared/auth/write-rule';
import { parseId } from '../../../shared/ids';
import type { EntityManager } from 'typeorm';
import { assertCompoundInGrid } from './case-compound';

/** A step writes where the case lies: its grid. */
const ON_THE_CASE = rowPlace(Case, 'input.id');
/** A step the staff of the case's place take. */
const STAFF_STEP: WriteRuleSpec = { roles: PLACE_STAFF, place: ON_THE_CASE };
/** A step of the department the case was dispatched to (or of the city). */
const DEPARTMENT_STEP: WriteRuleSpec = { roles: ['CITY_ADMIN', 'DEPARTMENT'], place: ON_THE_CASE };

const step = (
  ctx: GridContext,
  action: CaseAction,
  input: CaseTransitionInput,
  changes?: Parameters<typeof transitionCase>[2]['changes'],
) =>
  transitionCase(ctx, action, {
    id: Number(input.id),
    version: input.version,
    note: input.note,
    changes,
  });

@Resolver(() => Case)
export class CaseMutations {
  @WriteMutation(() => Case, '收集 a grid worker collects a case (state REPORTED)', {
    roles: PLACE_STAFF,
    place: argPlace('input.gridCode'),
  })
  async reportCase(@Arg('input') input: ReportCaseInput, @Ctx() ctx: GridContext): Promise<Case> {
    try {
      return await this.report(input, ctx);
    } catch (err) {
      // Two retries with the same key raced: the unique index let one in; the other gets that case.
      const earlier =
        input.idempotencyKey && isUniqueViolation(err)
          ? await ctx.dataSource
              .getRepository(Case)
              .findOneBy({ idempotencyKey: input.idempotencyKey })
          : null;
      if (earlier && earlier.gridCode === input.gridCode) return earlier;
      throw err;
    }
  }

  private report(input: ReportCaseInput, ctx: GridContext): Promise<Case> {
    authorizeCaseAction(ctx.viewer, 'report', null, null);
    if ((input.latitude == null) !== (input.longitude == null))
      throw new BadUserInputError('latitude and longitude go together', { field: 'latitude' });
    const compoundId = input.compoundId ? parseId(input.compoundId, 'compoundId') : null;
    const gridOf = async (em: EntityManager) => {
      assertWithin(ctx.viewer, input.gridCode, 'the grid');
      const grid = await em.findOneBy(Grid, { code: input.gridCode });
      if (!grid)
        throw new BadUserInputError(`grid ${input.gridCode} does not exist`, { field: 'gridCode' });
      return grid;
    };
    // A compound is the property subgraph's: asked before the transaction opens (shared/peer.ts).
    const before =
      compoundId == null
        ? undefined
        : async (em: EntityManager) => assertCompoundInGrid(ctx, await gridOf(em), compoundId);
    return writeTransaction(
      ctx.dataSource,
      async (em) => {
        const grid = await gridOf(em);
        // A retry (e.g. a linkage meeting's follow-up after a lost answer) gets the case it already made.
        if (input.idempotencyKey) {
          const earlier = await em.findOneBy(Case, { idempotencyKey: input.idempotencyKey });
          if (earlier && earlier.gridCode !== input.gridCode)
            throw new ConflictError(
              `idempotency key ${input.idempotencyKey} belongs to another case`,
            );
          if (earlier) return earlier;
        }
        const now = new Date();
        const { identifiers } = await em.insert(Case, {
          title: input.title,
          description: input.description ?? null,
          category: input.category,
          source: input.source,
          state: CaseState.REPORTED,
          gridCode: grid.code,
          reporterName: input.reporterName ?? null,
          reporterPhone: input.reporterPhone ?? null,
          address: input.address ?? null,
          latitude: input.latitude ?? null,
          longitude: input.longitude ?? null,
          mediaUrl: input.mediaUrl ?? null,
          assigneeId: null,
          compoundId,
          idempotencyKey: input.idempotencyKey ?? null,
          departmentId: null,
          version: 1,
          reportedAt: now,
          stateEnteredAt: now,
          dueAt: dueAtFor(CaseState.REPORTED, now, ctx.config.deadlines),
          closedAt: null,
          satisfaction: null,
        });
        const id = Number(identifiers[0].id);
        await em.insert(CaseEvent, {
          caseId: id,
          action: 'report',
          fromState: null,
          toState: CaseState.REPORTED,
          actor: actorOf(ctx.viewer),
          note: null,
          at: now,
        });
        return (await em.findOneBy(Case, { id }))!;
      },
      { before },
    );
  }

  @WriteMutation(() => Case, '受理 the grid or community accepts it', STAFF_STEP)
  acceptCase(@Arg('input') input: CaseTransitionInput, @Ctx() ctx: GridContext) {
    return step(ctx, 'accept', input);
  }

  @WriteMutation(() => Case, '办理 handling starts on the grid', STAFF_STEP)
  startCase(@Arg('input') input: CaseTransitionInput, @Ctx() ctx: GridContext) {
    return step(ctx, 'start', input);
  }

  @WriteMutation(() => Case, '上报 escalate to the street command centre', STAFF_STEP)
  escalateCase(@Arg('input') input: CaseTransitionInput, @Ctx() ctx: GridContext) {
    return step(ctx, 'escalate', input);
  }

  @WriteMutation(() => Case, '吹哨 the command centre dispatches it to a department', {
    roles: ['CITY_ADMIN', 'STREET_STAFF'],
    place: ON_THE_CASE,
  })
  dispatchCase(@Arg('input') input: DispatchCaseInput, @Ctx() ctx: GridContext) {
    return step(ctx, 'dispatch', input, async (_c, em) => {
      const dept = await em.findOneBy(Department, { code: input.departmentCode });
      if (!dept) throw new NotFoundError('Department', input.departmentCode);
      return { departmentId: dept.id };
    });
  }

  @WriteMutation(
    () => Case,
    '报到 the department reports in and starts work, within its deadline',
    DEPARTMENT_STEP,
  )
  checkInCase(@Arg('input') input: CaseTransitionInput, @Ctx() ctx: GridContext) {
    return step(ctx, 'checkIn', input);
  }

  @WriteMutation(
    () => Case,
    '退回 the department returns a case that is not its own to the command centre',
    DEPARTMENT_STEP,
  )
  returnCase(@Arg('input') input: CaseTransitionInput, @Ctx() ctx: GridContext) {
    return step(ctx, 'returnToCentre', input, () => ({ departmentId: null }));
  }

  @WriteMutation(() => Case, '办结 the handler reports it resolved', {
    roles: [...PLACE_STAFF, 'DEPARTMENT'],
    place: ON_THE_CASE,
  })
  resolveCase(@Arg('input') input: CaseTransitionInput, @Ctx() ctx: GridContext) {
    return step(ctx, 'resolve', input);
  }

  @WriteMutation(
    () => Case,
    "重办 the grid's check fails and the case goes back to handling",
    STAFF_STEP,
  )
  reopenCase(@Arg('input') input: CaseTransitionInput, @Ctx() ctx: GridContext) {
    return step(ctx, 'reopen', input);
  }

  @WriteMutation(() => Case, '销号 the grid checks the result and closes the case off', STAFF_STEP)
  closeCase(@Arg('input') input: CaseTransitionInput, @Ctx() ctx: GridContext) {
    return step(ctx, 'close', input, (c) => {
      const closedAt = new Date();
      return {
        closedAt,
        closedAfterSeconds: Math.round(
          (closedAt.getTime() - new Date(c.reportedAt).getTime()) / 1000,
        ),
      };
    });
  }

  @WriteMutation(
    () => Case,
    '评价 the resident rates the result (1–5), once, after closing',
    STAFF_STEP,
  )
  rateCase(@Arg('input') input: RateCaseInput, @Ctx() ctx: GridContext) {
    return step(ctx, 'rate', input, () => ({ satisfaction: input.satisfaction }));
  }
}
