import { In, MoreThanOrEqual, type DataSource } from 'typeorm';
import { groupedLoader, type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { sumLoader } from '../sum-loader';
import { ServiceActivity } from './activity.entity';
import { Participation, ParticipationState } from './participation.entity';
import { Volunteer } from '../volunteer/volunteer.entity';

export function createActivityLoaders(ds: DataSource, options: LoaderOptions) {
  const activities = ds.getRepository(ServiceActivity);
  const participations = ds.getRepository(Participation);
  // One "now" per request, so every grid in a response agrees on what is upcoming.
  const now = new Date();
  return {
    activityById: rowBy(activities, 'id', options),
    upcomingActivitiesByGridCode: groupedLoader<string, ServiceActivity>(
      (codes) =>
        activities.find({
          where: { gridCode: In([...codes]), startsAt: MoreThanOrEqual(now) },
          order: { startsAt: 'ASC', id: 'ASC' },
        }),
      (a) => a.gridCode!,
      options,
    ),
    participationById: rowBy(participations, 'id', options),
    participationsByActivityId: rowsBy(participations, 'activityId', options, { id: 'ASC' }),
    verifiedMinutesByVolunteerId: sumLoader<number>(
      (ids) =>
        participations
          .createQueryBuilder('p')
          .select('p.volunteer_id', 'k')
          .addSelect('SUM(p.minutes)', 'n')
          .where('p.volunteer_id IN (:...ids)', { ids: [...ids] })
          .andWhere('p.state = :s', { s: ParticipationState.VERIFIED })
          .groupBy('p.volunteer_id')
          .getRawMany(),
      options,
    ),
    // A party member's service is the verified hours of the volunteer records that name them.
    verifiedMinutesByPartyMemberId: sumLoader<number>(
      (ids) =>
        participations
          .createQueryBuilder('p')
          .innerJoin(Volunteer, 'v', 'v.id = p.volunteer_id')
          .select('v.party_member_id', 'k')
          .addSelect('SUM(p.minutes)', 'n')
          .where('v.party_member_id IN (:...ids)', { ids: [...ids] })
          .andWhere('p.state = :s', { s: ParticipationState.VERIFIED })
          .groupBy('v.party_member_id')
          .getRawMany(),
      options,
    ),
  };
}
