import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Case, CaseCategory, CaseState } from './case.entity';
import { CaseEvent } from './case-event.entity';
import { Grid } from '../grid/grid.entity';
import { Department } from '../department/department.entity';
import { ResidentialCompound } from '../place.stub';
import { allowedNextStates } from './case-machine';
import { CLOSED_STATES } from './case.service';
import {
  SliceArgs,
  slice,
  toPage,
  PageUnderArgs,
  PageOf,
  type Page,
} from '../../../shared/pagination';
import { assertPrefix, underPrefixSql } from '../../../shared/codes';
import { parseId, IdArg } from '../../../shared/ids';
import { dbDate } from '../../../shared/sql';
import { BadUserInputError } from '../../../shared/errors';
import { workerIdOf } from './case-assign.resolver';
import type { GridContext } from '../context';
import { onlyVisibleCases } from './case-visibility';
import { Input } from '../../../shared/input-fields';
import { FieldOrNull } from '../../../shared/field-resolvers';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export type CaseAssignee = EnumValue<typeof CaseAssignee>;
export type CaseOrder = EnumValue<typeof CaseOrder>;

export const CaseAssignee = defineEnum('CaseAssignee', '经办人 whose cases', {
  ME: '我的 the grid worker the token names',
});
export const CaseOrder = defineEnum('CaseOrder', '排序 the order of a case list', {
  REPORTED_AT: '最新收集在前 newest first (the default)',
  DUE_AT: '时限最近在前 nearest deadline first; closed cases (no deadline) last',
  OVERDUE_FIRST: '超期在前 overdue first, longest overdue first, then the rest newest first',
});

export const CasePage = PageOf(Case, '事项分页 a page of cases');

@ArgsType()
export class CaseFilterArgs extends PageUnderArgs(
  '区划或网格编码前缀 cases on grids under this region or grid code',
) {
  @Input.of(() => [CaseState], '状态 any of these states', { nullable: true })
  states?: CaseState[];

  @Input.of(() => CaseCategory, '类别 category', { nullable: true })
  category?: CaseCategory;

  @Input.text('承办部门代码 dispatched to this department', {
    nullable: true,
    optional: true,
    length: [1, 32],
  })
  departmentCode?: string;

  @Input.bool('是否超期 only overdue (true) or only on time (false)', { nullable: true })
  overdue?: boolean;

  @Input.of(() => Date, '收集时间起 reported at or after', { nullable: true })
  reportedFrom?: Date;

  @Input.of(() => Date, '收集时间止 reported before', { nullable: true })
  reportedTo?: Date;

  @Input.of(
    () => CaseAssignee,
    '经办人 only cases assigned to this worker (ME: the grid worker of the token)',
    { nullable: true },
  )
  assignedTo?: CaseAssignee;

  @Field(() => CaseOrder, {
    defaultValue: CaseOrder.REPORTED_AT,
    description: '排序 order of the list',
  })
  orderBy: CaseOrder = CaseOrder.REPORTED_AT;
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true, description: '按编号查事项 one case by id' })
  case(@IdArg('事项编号 case id') id: string, @Ctx() ctx: GridContext) {
    return ctx.loaders.caseById.load(parseId(id, 'id'));
  }

  @Query(() => CasePage, {
    description:
      '事项查询 cases filtered by place, state, category, department, deadline and date, newest first',
  })
  async cases(@Args() f: CaseFilterArgs, @Ctx() ctx: GridContext): Promise<Page<Case>> {
    const [range, params] = underPrefixSql(
      'c.grid_code',
      assertPrefix(f.under, 'under'),
      'p',
      'Case',
    );
    const qb = ctx.dataSource.getRepository(Case).createQueryBuilder('c').where(range, params);
    onlyVisibleCases(qb, ctx.viewer);
    if (f.states?.length) qb.andWhere('c.state IN (:...states)', { states: f.states });
    if (f.category) qb.andWhere('c.category = :category', { category: f.category });
    if (f.departmentCode) {
      const dept = await ctx.dataSource
        .getRepository(Department)
        .findOneBy({ code: f.departmentCode });
      qb.andWhere('c.department_id = :dept', { dept: dept?.id ?? -1 });
    }
    if (f.overdue != null) {
      qb.andWhere(f.overdue ? 'c.due_at < :now' : '(c.due_at IS NULL OR c.due_at >= :now)', {
        now: dbDate(ctx.dataSource, new Date()),
      });
    }
    if (f.reportedFrom)
      qb.andWhere('c.reported_at >= :from', { from: dbDate(ctx.dataSource, f.reportedFrom) });
    if (f.reportedTo)
      qb.andWhere('c.reported_at < :to', { to: dbDate(ctx.dataSource, f.reportedTo) });
    if (f.assignedTo) {
      const me = workerIdOf(ctx.viewer);
      if (me == null)
        throw new BadUserInputError(
          "assignedTo: ME needs a grid worker's token (sub grid-worker:<id>)",
          { field: 'assignedTo' },
        );
      qb.andWhere('c.assignee_id = :me', { me });
    }
    if (f.orderBy === CaseOrder.DUE_AT)
      qb.orderBy('CASE WHEN c.due_at IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy(
        'c.due_at',
        'ASC',
      );
    if (f.orderBy === CaseOrder.OVERDUE_FIRST) {
      qb.setParameter('orderNow', dbDate(ctx.dataSource, new Date()))
        .orderBy('CASE WHEN c.due_at < :orderNow THEN 0 ELSE 1 END', 'ASC')
        .addOrderBy('CASE WHEN c.due_at < :orderNow THEN c.due_at END', 'ASC');
    }
    const order =
      f.orderBy === CaseOrder.REPORTED_AT
        ? qb.orderBy('c.reported_at', 'DESC')
        : qb.addOrderBy('c.reported_at', 'DESC');
    const [items, total] = await order
      .addOrderBy('c.id', 'DESC')
      .skip(f.offset)
      .take(f.limit)
      .getManyAndCount();
    return toPage(items, total, f);
  }

  @FieldResolver(() => Boolean, {
    description: '是否超期 past the deadline of its current stage (computed when read)',
  })
  overdue(@Root() c: Case): boolean {
    return (
      c.dueAt != null &&
      !CLOSED_STATES.includes(c.state) &&
      new Date(c.dueAt).getTime() < Date.now()
    );
  }

  @FieldOrNull(() => Float, '办结用时(小时) hours from collection to closing off; null while open')
  timeToCloseHours(@Root() c: Case): number | null {
    return c.closedAt
      ? (new Date(c.closedAt).getTime() - new Date(c.reportedAt).getTime()) / 3600_000
      : null;
  }

  @FieldResolver(() => [CaseState], {
    description: '可流转状态 the states this case may move to next',
  })
  allowedNextStates(@Root() c: Case): CaseState[] {
    return allowedNextStates(c.state, c.departmentId != null);
  }

  @FieldResolver(() => [CaseEvent], { description: '流转记录 every transition, oldest first' })
  async events(@Root() c: Case, @Args() window: SliceArgs, @Ctx() ctx: GridContext) {
    return slice(await ctx.loaders.eventsByCaseId.load(c.id), window);
  }

  @FieldOrNull(() => Grid, '所在网格 the grid the case stands in')
  grid(@Root() c: Case, @Ctx() ctx: GridContext) {
    return ctx.loaders.gridByCode.load(c.gridCode);
  }

  @FieldOrNull(
    () => ResidentialCompound,
    '涉及小区 the compound the case concerns (property subgraph)',
  )
  compound(@Root() c: Case): ResidentialCompound | null {
    return c.compoundId == null
      ? null
      : Object.assign(new ResidentialCompound(), { id: String(c.compoundId) });
  }

  @FieldOrNull(() => Department, '承办部门 the department it was dispatched to (吹哨报到)')
  department(@Root() c: Case, @Ctx() ctx: GridContext) {
    return c.departmentId == null ? null : ctx.loaders.departmentById.load(c.departmentId);
  }
}
