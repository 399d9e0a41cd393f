import { Arg, Args, ArgsType, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Grid, GridLevel } from './grid.entity';
import { Region } from '../region/region.entity';
import { GridWorker } from '../worker/grid-worker.entity';
import { Case } from '../case/case.entity';
import { DepartmentGrid } from '../department/department.entity';
import {
  PageArgs,
  toPage,
  MAX_PAGE_SIZE,
  PageUnderArgs,
  PageOf,
  type Page,
} from '../../../shared/pagination';
import { assertGridCode, assertPrefix, underPrefixSql } from '../../../shared/codes';
import { BadUserInputError } from '../../../shared/errors';
import { KeyCount } from '../../../shared/indicators';
import { scopeSql } from '../../../shared/auth/policy';
import type { GridContext } from '../context';
import { ancestorsOf } from '../../../shared/loaders';
import { Input } from '../../../shared/input-fields';
import { FieldOrNull } from '../../../shared/field-resolvers';

export const GridPage = PageOf(Grid, '网格分页 a page of grids');

@ArgsType()
export class GridFilterArgs extends PageUnderArgs(
  '区划或网格编码前缀 every grid under this region or grid code',
) {
  @Input.of(() => GridLevel, '层级 only grids of this level', { nullable: true })
  level?: GridLevel;

  @Input.text('名称包含 name contains', { nullable: true, length: [1, 50] })
  name?: string;
}

/** Grids under a code prefix, on the code index; shared by `grids` and `Region.grids`. */
export async function findGrids(
  ctx: GridContext,
  under: string,
  args: PageArgs & { level?: GridLevel; name?: string },
): Promise<Page<Grid>> {
  const [range, params] = underPrefixSql('g.code', assertPrefix(under, 'under'), 'p', 'Grid');
  const qb = ctx.dataSource.getRepository(Grid).createQueryBuilder('g').where(range, params);
  const scope = scopeSql(ctx.viewer, 'g.code');
  if (scope) qb.andWhere(...scope);
  if (ctx.viewer.role === 'DEPARTMENT') {
    qb.andWhere(
      'g.code IN (SELECT c.grid_code FROM cases c JOIN departments d ON d.id = c.department_id WHERE d.code = :deptCode)',
      { deptCode: ctx.viewer.departmentCode },
    );
  }
  if (args.level) qb.andWhere('g.level = :level', { level: args.level });
  if (args.name)
    qb.andWhere("g.name LIKE :name ESCAPE '!'", {
      name: `%${args.name.replace(/[%_!]/g, '!$&')}%`,
    });
  const [items, total] = await qb
    .orderBy('g.code', 'ASC')
    .skip(args.offset)
    .take(args.limit)
    .getManyAndCount();
  return toPage(items, total, args);
}

@Resolver(() => Grid)
export class GridResolver {
  @Query(() => Grid, { nullable: true, description: '按编码查网格 one grid by its 15-digit code' })
  grid(
    @Arg('code', { description: '网格编码 15-digit grid code' }) code: string,
    @Ctx() ctx: GridContext,
  ): Promise<Grid | null> {
    return ctx.loaders.gridByCode.load(assertGridCode(code, 'code'));
  }

  @Query(() => [Grid], {
    nullable: 'items',
    description: `按编码批量查网格 grids by code, in the order asked (at most ${MAX_PAGE_SIZE})`,
  })
  gridsByCodes(
    @Arg('codes', () => [String], { description: '网格编码 15-digit grid codes, at most one page' })
    codes: string[],
    @Ctx() ctx: GridContext,
  ): Promise<(Grid | null)[]> {
    if (codes.length > MAX_PAGE_SIZE)
      throw new BadUserInputError(`at most ${MAX_PAGE_SIZE} codes per call`, { field: 'codes' });
    return Promise.all(codes.map((c) => ctx.loaders.gridByCode.load(assertGridCode(c, 'codes'))));
  }

  @Query(() => GridPage, {
    description: '区划下的网格 grids under a region or grid code, filtered and paginated',
  })
  grids(@Args() args: GridFilterArgs, @Ctx() ctx: GridContext): Promise<Page<Grid>> {
    return findGrids(ctx, args.under, args);
  }

  @FieldOrNull(() => Grid, '上级网格 parent grid')
  parent(@Root() grid: Grid, @Ctx() ctx: GridContext) {
    return grid.parentCode ? ctx.loaders.gridByCode.load(grid.parentCode) : null;
  }

  @FieldResolver(() => [Grid], {
    description: '上级网格链 the chain of parent grids, nearest first',
  })
  async ancestors(@Root() grid: Grid, @Ctx() ctx: GridContext): Promise<Grid[]> {
    return ancestorsOf(grid.parentCode, (code) => ctx.loaders.gridByCode.load(code));
  }

  @FieldResolver(() => [KeyCount], {
    description: "各状态事项数 this grid's cases counted by state",
  })
  caseCounts(@Root() grid: Grid, @Ctx() ctx: GridContext) {
    return ctx.loaders.caseCountsByGridCode.load(grid.code);
  }

  @FieldResolver(() => [Grid], {
    description:
      '下级网格 child grids (basic grids of a community grid, micro grids of a basic grid)',
  })
  children(@Root() grid: Grid, @Ctx() ctx: GridContext) {
    return ctx.loaders.gridsByParentCode.load(grid.code);
  }

  @FieldOrNull(() => Region, '所属社区 the community the grid lies in')
  region(@Root() grid: Grid, @Ctx() ctx: GridContext) {
    return ctx.loaders.regionByCode.load(grid.regionCode);
  }

  @FieldResolver(() => [GridWorker], {
    description: '在岗网格员与三长 the workers and three heads serving now',
  })
  workers(@Root() grid: Grid, @Ctx() ctx: GridContext) {
    return ctx.loaders.activeWorkersByGridCode.load(grid.code);
  }

  @FieldResolver(() => [Case], { description: '未销号事项 cases not yet closed off, newest first' })
  openCases(@Root() grid: Grid, @Ctx() ctx: GridContext) {
    return ctx.loaders.openCasesByGridCode.load(grid.code);
  }

  @FieldResolver(() => [DepartmentGrid], {
    description: '并入的部门网格 department grids folded into this basic grid (多网合一)',
  })
  departmentGrids(@Root() grid: Grid, @Ctx() ctx: GridContext) {
    return ctx.loaders.departmentGridsByBasicGridCode.load(grid.code);
  }
}
