import { Ctx, Resolver, Root } from 'type-graphql';
import { Grid, Region } from '../place.stub';
import { VolunteerTeam } from '../team/team.entity';
import { MicroWish } from '../wish/micro-wish.entity';
import { ServiceActivity } from '../activity/activity.entity';
import { VolunteerIndicators, computeVolunteerIndicators } from './volunteer-indicators';
import type { VolunteerContext } from '../context';
import { regionIndicators, Resolving } from '../../../shared/queries';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => Grid)
export class GridVolunteerResolver {
  @FieldOrNull(() => [VolunteerTeam], '网格志愿服务队 volunteer teams serving this grid')
  volunteerTeams(@Root() grid: Grid, @Ctx() ctx: VolunteerContext) {
    return ctx.loaders.teamsByGridCode.load(grid.code);
  }

  @FieldOrNull(() => [MicroWish], '待认领微心愿 open micro-wishes in this grid, newest first')
  openMicroWishes(@Root() grid: Grid, @Ctx() ctx: VolunteerContext) {
    return ctx.loaders.openMicroWishesByGridCode.load(grid.code);
  }

  @FieldOrNull(
    () => [ServiceActivity],
    '即将开展的活动 service activities in this grid that have not started yet',
  )
  upcomingActivities(@Root() grid: Grid, @Ctx() ctx: VolunteerContext) {
    return ctx.loaders.upcomingActivitiesByGridCode.load(grid.code);
  }
}

@Resolver(() => Region)
export class RegionVolunteerResolver extends Resolving<Region, VolunteerContext>(Region, {
  fields: {
    volunteerIndicators: regionIndicators(
      VolunteerIndicators,
      '志愿服务指标 teams, volunteers, verified hours, wishes, needs and points under this region',
      computeVolunteerIndicators,
    ),
  },
}) {}
