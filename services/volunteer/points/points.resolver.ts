import { Arg, Args, Ctx, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PointsEntry, PointsRate } from './points.entity';
import { RedeemPointsArgs, ReversePointsEntryArgs, SetPointsRateArgs } from './points.inputs';
import { rateFor, redeem, reverse } from './ledger';
import { Volunteer } from '../volunteer/volunteer.entity';
import { assertPrefix } from '../../../shared/codes';
import { parseId } from '../../../shared/ids';
import { uniquely } from '../../../shared/db-errors';
import { writeTransaction } from '../../../shared/tx';
import type { VolunteerContext } from '../context';
import {
  PLACE_STAFF,
  REGION_STAFF,
  WriteRule,
  argPlace,
  rowPlace,
} from '../../../shared/auth/write-rule';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => PointsEntry)
export class PointsResolver {
  @Query(() => Int, { description: '积分规则 points per verified hour that apply in a community' })
  pointsPerHour(
    @Arg('regionCode', { description: '社区代码 the 12-digit community' }) regionCode: string,
    @Ctx() ctx: VolunteerContext,
  ) {
    return rateFor(ctx.dataSource.manager, assertPrefix(regionCode, 'regionCode').slice(0, 12));
  }

  @WriteRule({ roles: REGION_STAFF, place: argPlace('regionCode') })
  @Mutation(() => PointsRate, {
    description: '设置积分规则 set the points per verified hour under a region',
  })
  async setPointsRate(@Args() args: SetPointsRateArgs, @Ctx() ctx: VolunteerContext) {
    const rate = Object.assign(new PointsRate(), {
      regionCode: args.regionCode,
      pointsPerHour: args.pointsPerHour,
    });
    return writeTransaction(ctx.dataSource, async (em) => {
      await em.delete(PointsRate, { regionCode: args.regionCode });
      await uniquely(
        () => em.insert(PointsRate, rate),
        `the rate for ${args.regionCode} is being set concurrently; retry`,
      );
      return rate;
    });
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(Volunteer, 'volunteerId') })
  @Mutation(() => PointsEntry, {
    description:
      '积分兑换 spend points at the points shop; CONFLICT when the balance does not cover it',
  })
  redeemPoints(@Args() args: RedeemPointsArgs, @Ctx() ctx: VolunteerContext) {
    const volunteerId = parseId(args.volunteerId, 'volunteerId');
    return writeTransaction(ctx.dataSource, (em) =>
      redeem(em, volunteerId, args.points, args.item),
    );
  }

  @WriteRule({ roles: REGION_STAFF, place: rowPlace(PointsEntry, 'entryId') })
  @Mutation(() => PointsEntry, {
    description: '积分冲正 correct an entry by appending its reversal; entries are never edited',
  })
  reversePointsEntry(@Args() args: ReversePointsEntryArgs, @Ctx() ctx: VolunteerContext) {
    const entryId = parseId(args.entryId, 'entryId');
    return writeTransaction(ctx.dataSource, (em) => reverse(em, entryId, args.reason));
  }

  @FieldOrNull(() => Volunteer, '志愿者 whose account the entry is on')
  volunteer(@Root() e: PointsEntry, @Ctx() ctx: VolunteerContext) {
    return ctx.loaders.volunteerById.load(e.volunteerId);
  }
}
