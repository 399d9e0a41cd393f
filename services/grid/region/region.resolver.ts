import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  FieldResolver,
  Float,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs } from '../../../shared/pagination';
import { GridLevel } from '../grid/grid.entity';
import { GridPage, findGrids } from '../grid/grid.resolver';
import { Region } from './region.entity';
import { GridIndicators, closureRateSince, computeGridIndicators } from './region-indicators';
import { AsOfArg, indicatorClock } from '../../../shared/as-of';
import { LocalDate } from '../../../shared/scalars';
import { assertPrefix } from '../../../shared/codes';
import type { GridContext } from '../context';
import { field, link, Resolving } from '../../../shared/queries';
import { ancestorsOf } from '../../../shared/loaders';
import { prefixRange } from '../../../shared/codes';
import { Input } from '../../../shared/input-fields';
import { FieldOrNull } from '../../../shared/field-resolvers';

@ArgsType()
class RegionGridArgs extends PageArgs {
  @Input.of(() => GridLevel, '层级 only grids of this level', { nullable: true })
  level?: GridLevel;

  @Input.text('名称包含 name contains', { nullable: true, length: [1, 50] })
  name?: string;
}

@Resolver(() => Region)
export class RegionResolver extends Resolving<Region, GridContext>(Region, {
  fields: {
    parent: link(Region, '上级区划 parent region', 'regionByCode', 'parentCode'),
    children: field([Region], '下级区划 child regions', (region, ctx) =>
      ctx.loaders.regionsByParentCode.load(region.code),
    ),
  },
}) {
  @Query(() => Region, {
    nullable: true,
    description: '按代码查区划 one region by its division code',
  })
  region(
    @Arg('code', { description: '区划代码 6-, 9- or 12-digit division code' }) code: string,
    @Ctx() ctx: GridContext,
  ): Promise<Region | null> {
    return ctx.loaders.regionByCode.load(assertPrefix(code, 'code'));
  }

  @Query(() => [Region], {
    description:
      "顶级区划 the top regions of the caller's jurisdiction (the cities, for a whole-graph caller)",
  })
  rootRegions(@Ctx() ctx: GridContext): Promise<Region[]> {
    const qb = ctx.dataSource.getRepository(Region).createQueryBuilder('r');
    if (!ctx.viewer.regionPrefix)
      return qb.where('r.parent_code IS NULL').orderBy('r.code').getMany();
    const { lo, hi } = prefixRange(ctx.viewer.regionPrefix);
    return qb
      .where('r.code >= :lo AND r.code < :hi', { lo, hi })
      .andWhere('(r.parent_code IS NULL OR r.parent_code < :lo OR r.parent_code >= :hi)')
      .orderBy('r.code')
      .getMany();
  }

  @FieldResolver(() => [Region], {
    description: '上级区划链 the chain of parent regions up to the city, nearest first',
  })
  async ancestors(@Root() region: Region, @Ctx() ctx: GridContext): Promise<Region[]> {
    return ancestorsOf(region.parentCode, (code) => ctx.loaders.regionByCode.load(code));
  }

  @FieldResolver(() => GridPage, {
    description: '区划内网格 grids under this region, filtered and paginated',
  })
  grids(@Root() region: Region, @Args() args: RegionGridArgs, @Ctx() ctx: GridContext) {
    return findGrids(ctx, region.code, args);
  }

  @FieldResolver(() => GridIndicators, {
    description: '网格指标 grid, worker and case indicators under this region',
  })
  gridIndicators(@Root() region: Region, @Ctx() ctx: GridContext, @AsOfArg() asOf?: string | null) {
    return computeGridIndicators(
      ctx.dataSource,
      region.code,
      indicatorClock(asOf),
      ctx.config.deadlines,
    );
  }
}

@Resolver(() => GridIndicators)
export class GridIndicatorsResolver {
  @FieldOrNull(
    () => Float,
    '办结率 closure rate: cases closed off (销号) by asOf over the cases reported by asOf; with since, only the cases reported from that day on (null when none)',
  )
  closureRate(
    @Root() indicators: GridIndicators,
    @Ctx() ctx: GridContext,
    @Arg('since', () => LocalDate, {
      nullable: true,
      description:
        '起始日期 count only cases reported on or after this day (YYYY-MM-DD); all time when omitted',
    })
    since?: string | null,
  ): Promise<number | null> | number | null {
    if (!since) return indicators.closureRate;
    return closureRateSince(ctx.dataSource, indicators.scope, since);
  }
}
