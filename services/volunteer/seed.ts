import type { DataSource } from 'typeorm';
import type { DemoCity } from '../demo-city';
import { insertAll } from '../../shared/seed-writer';
import { VolunteerTeam } from './team/team.entity';
import { TeamMembership, Volunteer } from './volunteer/volunteer.entity';
import { ServiceActivity } from './activity/activity.entity';
import { Participation } from './activity/participation.entity';
import { PointsBalance, PointsEntry } from './points/points.entity';
import { MicroWish } from './wish/micro-wish.entity';
import { ResidentNeed, ServiceProject, UnitResource } from './lists/three-lists.entity';

export async function seedVolunteer(
  ds: DataSource,
  city: DemoCity,
  progress: (msg: string) => void,
): Promise<void> {
  const v = city.volunteer;
  await insertAll(ds, VolunteerTeam, v.teams, progress, 'volunteer teams');
  await insertAll(ds, Volunteer, v.volunteers, progress, 'volunteers');
  await insertAll(ds, TeamMembership, v.memberships, progress, 'team memberships');
  await insertAll(ds, ServiceActivity, v.activities, progress, 'service activities');
  await insertAll(ds, Participation, v.participations, progress, 'participations');
  await insertAll(ds, PointsEntry, v.pointsEntries, progress, 'points entries');
  await insertAll(ds, PointsBalance, v.balances, progress, 'points balances');
  await insertAll(ds, MicroWish, v.wishes, progress, 'micro-wishes');
  await insertAll(ds, ResidentNeed, v.needs, progress, 'resident needs');
  await insertAll(ds, UnitResource, v.resources, progress, 'unit resources');
  await insertAll(ds, ServiceProject, v.projects, progress, 'service projects');
}
