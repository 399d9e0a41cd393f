import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Region } from './region.entity';
import { GridIndicators, computeGridIndicators } from './region-indicators';
import { assertPrefix } from '../../../shared/codes';
import type { GridContext } from '../context';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: '按代码查区划 one region by its division code' })
  region(@Arg('code') code: string, @Ctx() ctx: GridContext): Promise<Region | null> {
    return ctx.loaders.regionByCode.load(assertPrefix(code, 'code'));
  }

  @Query(() => [Region], { description: '顶级区划 the top-level regions (cities) this graph covers' })
  rootRegions(@Ctx() ctx: GridContext): Promise<Region[]> {
    return ctx.dataSource.getRepository(Region).createQueryBuilder('r').where('r.parent_code IS NULL').orderBy('r.code').getMany();
  }

  @FieldResolver(() => Region, { nullable: true, description: '上级区划 parent region' })
  parent(@Root() region: Region, @Ctx() ctx: GridContext) {
    return region.parentCode ? ctx.loaders.regionByCode.load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: '下级区划 child regions' })
  children(@Root() region: Region, @Ctx() ctx: GridContext) {
    return ctx.loaders.regionsByParentCode.load(region.code);
  }

  @FieldResolver(() => GridIndicators, { description: '网格指标 grid, worker and case indicators under this region' })
  gridIndicators(@Root() region: Region, @Ctx() ctx: GridContext) {
    return computeGridIndicators(ctx.dataSource, region.code);
  }
}
