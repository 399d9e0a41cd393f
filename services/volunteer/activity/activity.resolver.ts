import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ServiceActivity } from './activity.entity';
import { Participation, ParticipationState } from './participation.entity';
import { ScheduleActivityInput, ServiceActivityFilterArgs } from './activity.inputs';
import { byId, listUnder, Resolving } from '../../../shared/queries';
import { VolunteerTeam } from '../team/team.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Grid, gridRef } from '../place.stub';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { parseId, IdArg } from '../../../shared/ids';
import { uniquely } from '../../../shared/db-errors';
import { writeTransaction } from '../../../shared/tx';
import type { VolunteerContext } from '../context';
import { PLACE_STAFF, WriteRule, rowPlace } from '../../../shared/auth/write-rule';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => ServiceActivity)
export class ServiceActivityResolver extends Resolving<ServiceActivity, VolunteerContext>(
  ServiceActivity,
  {
    queries: {
      serviceActivities: listUnder(
        ['ServiceActivityPage', '服务活动分页 a page of service activities'],
        ServiceActivityFilterArgs,
        {
          description:
            '区划下的服务活动 service activities under a region or grid, latest start first; by team, or still to end',
          under: ['r.grid_code', 'r.region_code'],
          where: { endingFrom: 'r.ends_at >= :endingFrom' },
          also: (qb, args) => {
            if (args.teamId != null)
              qb.andWhere('r.team_id = :teamId', { teamId: parseId(args.teamId, 'teamId') });
          },
          order: { 'r.starts_at': 'DESC', 'r.id': 'DESC' },
          roleScoped: true,
        },
      ),
      serviceActivity: byId(
        '按编号查活动 one service activity by id',
        '活动编号 activity id',
        (ctx, id) => ctx.loaders.activityById.load(id),
      ),
    },
  },
) {
  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(VolunteerTeam, 'input.teamId') })
  @Mutation(() => ServiceActivity, {
    description: '安排活动 schedule a service activity for a team, in its community',
  })
  async scheduleActivity(
    @Arg('input', { description: '活动 the activity' }) input: ScheduleActivityInput,
    @Ctx() ctx: VolunteerContext,
  ) {
    const teamId = parseId(input.teamId, 'teamId');
    const team = await ctx.dataSource.getRepository(VolunteerTeam).findOneBy({ id: teamId });
    if (!team) throw new NotFoundError('VolunteerTeam', teamId);
    const gridCode = input.gridCode ?? team.gridCode;
    if (gridCode && gridCode.slice(0, 12) !== team.regionCode) {
      throw new BadUserInputError(
        `grid ${gridCode} is not in the team's community ${team.regionCode}`,
        { field: 'gridCode' },
      );
    }
    if (!(input.endsAt > input.startsAt))
      throw new BadUserInputError('endsAt must be after startsAt', { field: 'endsAt' });
    return writeTransaction(ctx.dataSource, (em) =>
      em.getRepository(ServiceActivity).save(
        Object.assign(new ServiceActivity(), {
          teamId,
          title: input.title,
          regionCode: team.regionCode,
          gridCode: gridCode ?? null,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          capacity: input.capacity,
          signedUp: 0,
        }),
      ),
    );
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(ServiceActivity, 'activityId') })
  @Mutation(() => Participation, {
    description:
      '报名 sign a volunteer up; refused with CONFLICT when the activity is full or ended',
  })
  signUpForActivity(
    @IdArg('活动编号 activity id', 'activityId') activityId: string,
    @IdArg('志愿者编号 volunteer id', 'volunteerId') volunteerId: string,
    @Ctx() ctx: VolunteerContext,
  ) {
    const aId = parseId(activityId, 'activityId');
    const vId = parseId(volunteerId, 'volunteerId');
    return writeTransaction(ctx.dataSource, async (em) => {
      const activity = await em.findOneBy(ServiceActivity, { id: aId });
      if (!activity) throw new NotFoundError('ServiceActivity', aId);
      if (!(await em.existsBy(Volunteer, { id: vId }))) throw new NotFoundError('Volunteer', vId);
      if (activity.endsAt <= new Date())
        throw new ConflictError(`activity ${aId} has already ended`, { reason: 'ENDED' });
      // The seat is taken by a conditional UPDATE, so concurrent sign-ups cannot overfill the activity.
      const seat = await em
        .createQueryBuilder()
        .update(ServiceActivity)
        .set({ signedUp: () => 'signed_up + 1' })
        .where('id = :id AND signed_up < capacity', { id: aId })
        .execute();
      if (seat.affected !== 1) {
        throw new ConflictError(
          `activity ${aId} is full: all ${activity.capacity} places are taken`,
          { reason: 'FULL', capacity: activity.capacity },
        );
      }
      const row = Object.assign(new Participation(), {
        activityId: aId,
        volunteerId: vId,
        regionCode: activity.regionCode,
        state: ParticipationState.SIGNED_UP,
        minutes: null,
        verifiedByRole: null,
        verifiedBy: null,
        verifiedAt: null,
        signedUpAt: new Date(),
      });
      await uniquely(
        () => em.insert(Participation, row),
        `volunteer ${vId} is already signed up for activity ${aId}`,
        { reason: 'ALREADY_SIGNED_UP' },
      );
      return row;
    });
  }

  @FieldOrNull(() => VolunteerTeam, '服务队 the team running it')
  team(@Root() a: ServiceActivity, @Ctx() ctx: VolunteerContext) {
    return ctx.loaders.teamById.load(a.teamId);
  }

  @FieldResolver(() => [Participation], { description: '参与记录 who signed up, with their hours' })
  participations(@Root() a: ServiceActivity, @Ctx() ctx: VolunteerContext) {
    return ctx.loaders.participationsByActivityId.load(a.id);
  }

  @FieldOrNull(() => Grid, '所在网格 the grid it takes place in (grid subgraph)')
  grid(@Root() a: ServiceActivity): Grid | null {
    return a.gridCode ? gridRef(a.gridCode) : null;
  }
}
