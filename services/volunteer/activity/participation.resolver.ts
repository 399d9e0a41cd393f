import type { EntityManager } from 'typeorm';
import type { Role, Viewer } from '../../../shared/viewer';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Participation, ParticipationState, VerifierRole } from './participation.entity';
import { ServiceActivity } from './activity.entity';
import { RecordHoursInput, VerifyHoursInput } from './activity.inputs';
import { VolunteerTeam } from '../team/team.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { earnForHours } from '../points/ledger';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../../shared/errors';
import { parseId } from '../../../shared/ids';
import { writeTransaction } from '../../../shared/tx';
import { currentRow } from '../../../shared/sql';
import type { VolunteerContext } from '../context';
import { link, Resolving } from '../../../shared/queries';
import { PLACE_STAFF, WriteRule, rowPlace } from '../../../shared/auth/write-rule';

@Resolver(() => Participation)
export class ParticipationResolver extends Resolving<Participation, VolunteerContext>(
  Participation,
  {
    fields: {
      activity: link(ServiceActivity, '活动 the activity', 'activityById', 'activityId'),
      volunteer: link(Volunteer, '志愿者 the participant', 'volunteerById', 'volunteerId'),
    },
  },
) {
  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(Participation, 'input.participationId') })
  @Mutation(() => Participation, {
    description:
      '登记时长 record the hours a participant served; verified hours can no longer change',
  })
  recordServiceHours(
    @Arg('input', { description: '时长 the hours' }) input: RecordHoursInput,
    @Ctx() ctx: VolunteerContext,
  ) {
    const id = parseId(input.participationId, 'participationId');
    const minutes = Math.round(input.hours * 2) * 30;
    if (minutes !== input.hours * 60)
      throw new BadUserInputError('hours come in half-hour steps', { field: 'hours' });
    return writeTransaction(ctx.dataSource, async (em) => {
      const current = await em.findOneBy(Participation, { id });
      const activity = current && (await em.findOneBy(ServiceActivity, { id: current.activityId }));
      // Hours served fit in the activity: 5 hours are not served in a 2-hour activity.
      const length = activity
        ? (new Date(activity.endsAt).getTime() - new Date(activity.startsAt).getTime()) / 60_000
        : Infinity;
      const open: ParticipationState[] = [
        ParticipationState.SIGNED_UP,
        ParticipationState.RECORDED,
      ];
      if (current && open.includes(current.state) && minutes > length)
        throw new BadUserInputError(
          `hours ${input.hours} exceed the activity's ${length / 60} hours`,
          { field: 'hours' },
        );
      const result = await em
        .createQueryBuilder()
        .update(Participation)
        .set({ minutes, state: ParticipationState.RECORDED })
        .where('id = :id AND state IN (:...open)', {
          id,
          open: [ParticipationState.SIGNED_UP, ParticipationState.RECORDED],
        })
        .execute();
      // As committed now: after a lost update this transaction's snapshot would show the state before the winner's.
      const row = await currentRow(em, Participation, id);
      if (!row) throw new NotFoundError('Participation', id);
      if (result.affected !== 1)
        throw new ConflictError(
          `participation ${id} is ${row.state}: verified hours cannot be changed`,
          { currentState: row.state },
        );
      return row;
    });
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(Participation, 'input.participationId') })
  @Mutation(() => Participation, {
    description:
      '核实时长 the team leader or the community verifies recorded hours; they then earn points',
  })
  verifyServiceHours(
    @Arg('input', { description: '核实 the verification' }) input: VerifyHoursInput,
    @Ctx() ctx: VolunteerContext,
  ) {
    const id = parseId(input.participationId, 'participationId');
    return writeTransaction(ctx.dataSource, async (em) => {
      const row = await em.findOneBy(Participation, { id });
      if (!row) throw new NotFoundError('Participation', id);
      const verifiedBy = await verifierName(em, row, input, ctx.viewer);
      const result = await em
        .createQueryBuilder()
        .update(Participation)
        .set({
          state: ParticipationState.VERIFIED,
          verifiedByRole: input.role,
          verifiedBy,
          verifiedAt: new Date(),
        })
        .where('id = :id AND state = :from', { id, from: ParticipationState.RECORDED })
        .execute();
      if (result.affected !== 1) {
        const now = (await currentRow(em, Participation, id))!;
        throw new ConflictError(
          `participation ${id} is ${now.state}; only RECORDED hours can be verified`,
          { currentState: now.state },
        );
      }
      await earnForHours(em, {
        id,
        volunteerId: row.volunteerId,
        minutes: row.minutes!,
        regionCode: row.regionCode,
      });
      return em.findOneByOrFail(Participation, { id });
    });
  }
}

/** Roles that speak for the community when they verify hours. */
const COMMUNITY_VERIFIERS: Role[] = [
  'COMMUNITY_STAFF',
  'GRID_WORKER',
  'STREET_STAFF',
  'CITY_ADMIN',
  'SERVICE',
];

/** Only the team's own leader, or the community's staff (recorded by name, else by their account), may verify. */
async function verifierName(
  em: EntityManager,
  p: Participation,
  input: VerifyHoursInput,
  viewer: Viewer,
): Promise<string> {
  if (input.role === VerifierRole.COMMUNITY) {
    if (!COMMUNITY_VERIFIERS.includes(viewer.role))
      throw new ForbiddenError(`a ${viewer.role} caller does not verify hours for the community`);
    return input.verifierName ?? viewer.sub;
  }
  if (input.verifierVolunteerId == null)
    throw new BadUserInputError('verifierVolunteerId is required for TEAM_LEADER', {
      field: 'verifierVolunteerId',
    });
  const leaderId = parseId(input.verifierVolunteerId, 'verifierVolunteerId');
  const activity = await em.findOneBy(ServiceActivity, { id: p.activityId });
  const team = activity && (await em.findOneBy(VolunteerTeam, { id: activity.teamId }));
  if (!team || team.leaderVolunteerId !== leaderId)
    throw new ForbiddenError(
      `volunteer ${leaderId} is not the leader of the team that ran this activity`,
    );
  const leader = await em.findOneBy(Volunteer, { id: leaderId });
  return leader!.name;
}
