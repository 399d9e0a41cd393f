import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { IsNull, type EntityManager } from 'typeorm';
import { GridWorker, GridWorkerRole } from './grid-worker.entity';
import { GridWorkerAssignment } from './grid-worker-assignment.entity';
import {
  AssignGridWorkerInput,
  MoveGridWorkerInput,
  RetireGridWorkerInput,
} from './grid-worker.inputs';
import { Grid, GridLevel } from '../grid/grid.entity';
import { writeTransaction } from '../../../shared/tx';
import { BadUserInputError, NotFoundError } from '../../../shared/errors';
import type { GridContext } from '../context';
import { assertWithin } from '../../../shared/auth/policy';
import { ForbiddenError } from '../../../shared/errors';
import {
  REGION_STAFF,
  WriteRule,
  argPlace,
  places,
  rowPlace,
} from '../../../shared/auth/write-rule';

const MANAGERS = ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'SERVICE'];

/** Appointments are made by street and community staff inside their own jurisdiction. */
function assertManages(ctx: GridContext, ...codes: string[]) {
  if (!MANAGERS.includes(ctx.viewer.role))
    throw new ForbiddenError(`role ${ctx.viewer.role} may not appoint grid workers`);
  for (const code of codes) assertWithin(ctx.viewer, code, 'the grid');
}

const LABELLED: GridWorkerRole[] = [GridWorkerRole.BUILDING_HEAD, GridWorkerRole.UNIT_HEAD];

async function requireGrid(em: EntityManager, code: string, role: GridWorkerRole): Promise<Grid> {
  const grid = await em.findOneBy(Grid, { code });
  if (!grid) throw new BadUserInputError(`grid ${code} does not exist`, { field: 'gridCode' });
  if (role === GridWorkerRole.MICRO_GRID && grid.level !== GridLevel.MICRO) {
    throw new BadUserInputError(`a micro-grid worker serves a MICRO grid, not ${grid.level}`, {
      field: 'gridCode',
    });
  }
  return grid;
}

function requireLabel(role: GridWorkerRole, label: string | undefined): string | null {
  if (LABELLED.includes(role) && !label)
    throw new BadUserInputError(`a ${role} needs a building or unit label`, {
      field: 'buildingLabel',
    });
  return label ?? null;
}

async function requireServing(em: EntityManager, id: number): Promise<GridWorker> {
  const worker = await em.findOneBy(GridWorker, { id });
  if (!worker) throw new NotFoundError('GridWorker', id);
  if (worker.endedOn)
    throw new BadUserInputError(`worker ${id} retired on ${worker.endedOn}`, { field: 'id' });
  return worker;
}

/** Ends the open assignment row: the history is the list of these rows. */
async function endAssignment(
  em: EntityManager,
  workerId: number,
  on: string,
  reason: 'MOVED' | 'RETIRED',
) {
  const open = await em.findOne(GridWorkerAssignment, {
    where: { workerId, endedOn: IsNull() },
    order: { id: 'DESC' },
  });
  if (open && open.startedOn > on)
    throw new BadUserInputError(
      `the date ${on} is before the assignment began (${open.startedOn})`,
      { field: 'on' },
    );
  await em
    .createQueryBuilder()
    .update(GridWorkerAssignment)
    .set({ endedOn: on, endReason: reason })
    .where('worker_id = :workerId AND ended_on IS NULL', { workerId })
    .execute();
}

@Resolver(() => GridWorker)
export class GridWorkerResolver {
  @FieldResolver(() => [GridWorkerAssignment], {
    description: '任职历史 every assignment, oldest first, kept across moves and retirement',
  })
  history(@Root() w: GridWorker, @Ctx() ctx: GridContext) {
    return ctx.loaders.assignmentsByWorkerId.load(w.id);
  }

  @WriteRule({ roles: REGION_STAFF, place: argPlace('input.gridCode') })
  @Mutation(() => GridWorker, { description: '任命 assign a worker or head to a grid' })
  assignGridWorker(
    @Arg('input') input: AssignGridWorkerInput,
    @Ctx() ctx: GridContext,
  ): Promise<GridWorker> {
    assertManages(ctx, input.gridCode);
    return writeTransaction(ctx.dataSource, async (em) => {
      await requireGrid(em, input.gridCode, input.role);
      const buildingLabel = requireLabel(input.role, input.buildingLabel);
      const row = {
        name: input.name,
        phone: input.phone,
        role: input.role,
        gridCode: input.gridCode,
        buildingLabel,
        startedOn: input.startedOn,
        endedOn: null,
      };
      const id = Number((await em.insert(GridWorker, row)).identifiers[0].id);
      await em.insert(GridWorkerAssignment, {
        workerId: id,
        gridCode: input.gridCode,
        role: input.role,
        buildingLabel,
        startedOn: input.startedOn,
        endedOn: null,
        endReason: null,
      });
      return (await em.findOneBy(GridWorker, { id }))!;
    });
  }

  @WriteRule({
    roles: REGION_STAFF,
    place: places(rowPlace(GridWorker, 'input.id'), argPlace('input.gridCode')),
  })
  @Mutation(() => GridWorker, {
    description:
      '调整 move a serving worker to another grid; the old assignment stays in the history',
  })
  moveGridWorker(
    @Arg('input') input: MoveGridWorkerInput,
    @Ctx() ctx: GridContext,
  ): Promise<GridWorker> {
    return writeTransaction(ctx.dataSource, async (em) => {
      const worker = await requireServing(em, Number(input.id));
      assertManages(ctx, worker.gridCode, input.gridCode);
      await requireGrid(em, input.gridCode, worker.role);
      const buildingLabel = requireLabel(worker.role, input.buildingLabel);
      if (worker.gridCode === input.gridCode && worker.buildingLabel === buildingLabel) {
        throw new BadUserInputError(`worker ${worker.id} already serves ${input.gridCode}`, {
          field: 'gridCode',
        });
      }
      await endAssignment(em, worker.id, input.on, 'MOVED');
      await em.insert(GridWorkerAssignment, {
        workerId: worker.id,
        gridCode: input.gridCode,
        role: worker.role,
        buildingLabel,
        startedOn: input.on,
        endedOn: null,
        endReason: null,
      });
      await em.update(GridWorker, { id: worker.id }, { gridCode: input.gridCode, buildingLabel });
      return (await em.findOneBy(GridWorker, { id: worker.id }))!;
    });
  }

  @WriteRule({ roles: REGION_STAFF, place: rowPlace(GridWorker, 'input.id') })
  @Mutation(() => GridWorker, { description: '离任 retire a serving worker; the history is kept' })
  retireGridWorker(
    @Arg('input') input: RetireGridWorkerInput,
    @Ctx() ctx: GridContext,
  ): Promise<GridWorker> {
    return writeTransaction(ctx.dataSource, async (em) => {
      const worker = await requireServing(em, Number(input.id));
      assertManages(ctx, worker.gridCode);
      await endAssignment(em, worker.id, input.on, 'RETIRED');
      await em.update(GridWorker, { id: worker.id }, { endedOn: input.on });
      return (await em.findOneBy(GridWorker, { id: worker.id }))!;
    });
  }
}
