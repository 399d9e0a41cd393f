import type { EntityManager } from 'typeorm';
import { Case, CaseState } from './case.entity';
import { recordCaseEvent } from '../webhook/outbox';
import { Department } from '../department/department.entity';
import {
  CASE_ACTIONS,
  actionApplies,
  allowedNextStates,
  dueAtFor,
  type CaseAction,
} from './case-machine';
import { authorizeCaseAction } from './case-policy';
import { writeTransaction, affectedRows } from '../../../shared/tx';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { actorOf } from '../../../shared/viewer';
import { assertWithin } from '../../../shared/auth/policy';
import type { GridContext } from '../context';

export interface TransitionRequest {
  id: number;
  version: number;
  note?: string | null;
  /** Column changes that come with this step (department, satisfaction, closedAt). */
  changes?: (c: Case, em: EntityManager) => Promise<Partial<Case>> | Partial<Case>;
}

async function viewerDepartmentId(ctx: GridContext, em: EntityManager): Promise<number | null> {
  const code = ctx.viewer?.departmentCode;
  if (!code) return null;
  return (await em.findOneBy(Department, { code }))?.id ?? null;
}

/**
 * One step of the loop: check the state machine and the caller, then a conditional UPDATE on the
 * version the caller saw (exactly one of racing callers wins) and the CaseEvent, in one transaction.
 */
export function transitionCase(
  ctx: GridContext,
  action: CaseAction,
  req: TransitionRequest,
): Promise<Case> {
  return writeTransaction(ctx.dataSource, async (em) => {
    const current = await em.findOneBy(Case, { id: req.id });
    if (!current) throw new NotFoundError('Case', req.id);
    // Jurisdiction first, so a caller learns nothing about cases outside it.
    if (ctx.viewer.role !== 'DEPARTMENT')
      assertWithin(ctx.viewer, current.gridCode, `case ${current.id}`);
    authorizeCaseAction(ctx.viewer, action, current, await viewerDepartmentId(ctx, em));
    const withDepartment = current.departmentId != null;
    if (!actionApplies(action, current.state, withDepartment)) {
      const allowed = allowedNextStates(current.state, withDepartment);
      throw new BadUserInputError(
        `cannot ${action} a case in state ${current.state}; allowed next states: ${allowed.join(', ') || 'none'}`,
        { currentState: current.state, allowedNextStates: allowed },
      );
    }
    if (current.version !== req.version) {
      throw new ConflictError(
        `case ${req.id} is at version ${current.version}, not ${req.version}: read it again`,
        {
          currentVersion: current.version,
        },
      );
    }
    const to = CASE_ACTIONS[action].to;
    const now = new Date();
    const extra = req.changes ? await req.changes(current, em) : {};
    const result = await em
      .createQueryBuilder()
      .update(Case)
      .set({
        ...extra,
        state: to,
        stateEnteredAt: now,
        dueAt: dueAtFor(to, now, ctx.config.deadlines),
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :version', { id: req.id, version: req.version })
      .execute();
    if (affectedRows(result) !== 1)
      throw new ConflictError(`case ${req.id} was changed by someone else: read it again`);
    // The department it concerns: the new one on a dispatch, the one it leaves on a return.
    const concerned = extra.departmentId ?? current.departmentId;
    await recordCaseEvent(
      em,
      {
        caseId: req.id,
        action,
        fromState: current.state,
        toState: to,
        actor: actorOf(ctx.viewer),
        note: req.note ?? null,
        at: now,
        departmentId:
          current.departmentId ?? (extra as { departmentId?: number | null }).departmentId ?? null,
      },
      concerned,
    );
    return (await em.findOneBy(Case, { id: req.id }))!;
  });
}

export const CLOSED_STATES: CaseState[] = [CaseState.CLOSED, CaseState.RATED];
