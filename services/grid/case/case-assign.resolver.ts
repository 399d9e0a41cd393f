import { Arg, Ctx, InputType, Mutation, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import { Case } from './case.entity';
import { CaseTransitionInput } from './case.inputs';
import { GridWorker } from '../worker/grid-worker.entity';
import { recordCaseEvent } from '../webhook/outbox';
import { writeTransaction, affectedRows } from '../../../shared/tx';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../../shared/errors';
import { assertWithin } from '../../../shared/auth/policy';
import { actorOf, type Viewer } from '../../../shared/viewer';
import type { GridContext } from '../context';
import { link, Resolving } from '../../../shared/queries';
import { WriteRule, PLACE_STAFF, rowPlace } from '../../../shared/auth/write-rule';
import { Input, numericId } from '../../../shared/input-fields';

/** Roles that hand a case to a grid worker; DEPARTMENT and ANALYST never do. */
const ASSIGNERS = ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER', 'SERVICE'];

/** A GRID_WORKER token names its worker in `sub` as `grid-worker:<GridWorker.id>`. */
export function workerIdOf(viewer: Viewer): number | null {
  const m = /^grid-worker:(\d{1,10})$/.exec(viewer.sub);
  return m ? Number(m[1]) : null;
}

@InputType({ description: '分派 hand a case to a grid worker of its community' })
export class AssignCaseInput extends CaseTransitionInput {
  @Input.id('网格员编号 the GridWorker who will handle it', numericId('workerId'))
  workerId!: string;
}

@Resolver(() => Case)
export class CaseAssignResolver extends Resolving<Case, GridContext>(Case, {
  fields: {
    assignee: link(
      GridWorker,
      '经办网格员 the grid worker handling the case',
      'workerById',
      'assigneeId',
    ),
  },
}) {
  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(Case, 'input.id') })
  @Mutation(() => Case, {
    description:
      "分派 give a case to a serving grid worker of the same community (CITY_ADMIN, STREET_STAFF, COMMUNITY_STAFF, GRID_WORKER within the case's jurisdiction); writes cases and case_events",
  })
  assignCase(@Arg('input') input: AssignCaseInput, @Ctx() ctx: GridContext): Promise<Case> {
    return writeTransaction(ctx.dataSource, async (em) => {
      if (!ASSIGNERS.includes(ctx.viewer.role))
        throw new ForbiddenError(`role ${ctx.viewer.role} may not assign a case`);
      const id = Number(input.id);
      const current = await em.findOneBy(Case, { id });
      if (!current) throw new NotFoundError('Case', input.id);
      assertWithin(ctx.viewer, current.gridCode, `case ${id}`);
      const worker = await em.findOneBy(GridWorker, {
        id: Number(input.workerId),
        endedOn: IsNull(),
      });
      // A worker elsewhere and no worker look the same: the refusal does not say where anyone works.
      if (!worker || worker.gridCode.slice(0, 12) !== current.gridCode.slice(0, 12)) {
        throw new BadUserInputError(
          `grid worker ${input.workerId} does not serve the community of case ${id}`,
          { field: 'workerId' },
        );
      }
      if (current.version !== input.version) {
        throw new ConflictError(
          `case ${id} is at version ${current.version}, not ${input.version}: read it again`,
          { currentVersion: current.version },
        );
      }
      const result = await em
        .createQueryBuilder()
        .update(Case)
        .set({ assigneeId: worker.id, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (affectedRows(result) !== 1)
        throw new ConflictError(`case ${id} was changed by someone else: read it again`);
      await recordCaseEvent(
        em,
        {
          caseId: id,
          action: 'assign',
          fromState: current.state,
          toState: current.state,
          actor: actorOf(ctx.viewer),
          note: input.note ?? `assigned to grid worker ${worker.id}`,
          at: new Date(),
          departmentId: current.departmentId ?? null,
        },
        current.departmentId,
      );
      return (await em.findOneBy(Case, { id }))!;
    });
  }
}
