import { VolunteerTeam } from './team/team.entity';
import { TeamMembership, Volunteer } from './volunteer/volunteer.entity';
import { ServiceActivity } from './activity/activity.entity';
import { Participation } from './activity/participation.entity';
import { PointsBalance, PointsEntry, PointsRate } from './points/points.entity';
import { MicroWish } from './wish/micro-wish.entity';
import { ResidentNeed, ServiceProject, UnitResource } from './lists/three-lists.entity';
import { InitVolunteer1734000000000 } from './migrations/1734000000000-init-volunteer';

export const entities = [
  VolunteerTeam, Volunteer, TeamMembership, ServiceActivity, Participation,
  PointsEntry, PointsBalance, PointsRate, MicroWish, ResidentNeed, UnitResource, ServiceProject,
];
export const migrations = [InitVolunteer1734000000000];
