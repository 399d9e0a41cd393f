import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case, Grid, Region } from '../place.stub';
import { AccountabilityProject } from '../project/project.entity';
import { AccountabilityIndicators, computeAccountabilityIndicators } from './accountability-indicators';
import { assertPrefix } from '../../../shared/codes';
import type { AccountabilityContext } from '../context';

@Resolver(() => Grid)
export class GridAccountabilityResolver {
  @FieldResolver(() => [AccountabilityProject], { description: '考核督办书记项目 the AccountabilityProject rows on this grid' })
  accountabilityProjects(@Root() grid: Grid, @Ctx() ctx: AccountabilityContext) {
    return ctx.loaders.accountabilityProjectsByGridCode.load(grid.code);
  }
}

@Resolver(() => Region)
export class RegionAccountabilityResolver {
  @FieldResolver(() => AccountabilityIndicators, { description: '考核督办指标 accountability indicators under this region, computed by code prefix' })
  accountabilityIndicators(@Root() region: Region, @Ctx() ctx: AccountabilityContext) {
    return computeAccountabilityIndicators(ctx.dataSource, assertPrefix(region.code, 'code'));
  }
}

@Resolver(() => Case)
export class CaseAccountabilityResolver {
  @FieldResolver(() => [AccountabilityProject], { description: '考核督办书记项目 the AccountabilityProject rows linked to this case' })
  accountabilityProjects(@Root() c: Case, @Ctx() ctx: AccountabilityContext) {
    const id = Number(c.id);
    return Number.isSafeInteger(id) ? ctx.loaders.accountabilityProjectsByCaseId.load(id) : [];
  }
}
