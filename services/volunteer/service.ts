import { defineSubgraph } from '../../shared/service';
import { VolunteerImport } from './volunteer/volunteer.import';
import { VolunteerTeam } from './team/team.entity';
import { TeamMembership, Volunteer } from './volunteer/volunteer.entity';
import { ServiceActivity } from './activity/activity.entity';
import { Participation } from './activity/participation.entity';
import { PointsBalance, PointsEntry, PointsRate } from './points/points.entity';
import { MicroWish } from './wish/micro-wish.entity';
import { ResidentNeed, ServiceProject, UnitResource } from './lists/three-lists.entity';
import { InitVolunteer1734000000000 } from './migrations/1734000000000-init-volunteer';
import { VolunteerTeamResolver } from './team/team.resolver';
import { VolunteerResolver } from './volunteer/volunteer.resolver';
import { MicroWishResolver } from './wish/micro-wish.resolver';
import { ServiceActivityResolver } from './activity/activity.resolver';
import { ParticipationResolver } from './activity/participation.resolver';
import { PointsResolver } from './points/points.resolver';
import { ServiceProjectResolver, ThreeListsResolver } from './lists/lists.resolver';
import { GridVolunteerResolver, RegionVolunteerResolver } from './extensions/place.resolver';
import { PartyMemberVolunteerResolver } from './extensions/party-member.resolver';
import { Grid, PartyMember, Region, references as stubReferences } from './place.stub';
import { volunteerTeamReference } from './team/team.reference';
import { volunteerReference } from './volunteer/volunteer.reference';
import { microWishReference } from './wish/micro-wish.reference';
import { seedVolunteer } from './seed';
import { createLoaders } from './context';

/** The volunteer subgraph's manifest: everything the launcher, composition, the seeder and the tests need. */
export const volunteerService = defineSubgraph({
  name: 'volunteer',
  entities: [
    VolunteerTeam,
    Volunteer,
    TeamMembership,
    ServiceActivity,
    Participation,
    PointsEntry,
    PointsBalance,
    PointsRate,
    MicroWish,
    ResidentNeed,
    UnitResource,
    ServiceProject,
  ],
  migrations: [InitVolunteer1734000000000],
  resolvers: [
    VolunteerImport,
    VolunteerTeamResolver,
    VolunteerResolver,
    MicroWishResolver,
    ServiceActivityResolver,
    ParticipationResolver,
    PointsResolver,
    ThreeListsResolver,
    ServiceProjectResolver,
    GridVolunteerResolver,
    RegionVolunteerResolver,
    PartyMemberVolunteerResolver,
  ],
  // Reachable only through _entities, so listed explicitly or the schema would drop them.
  orphanedTypes: [Grid, Region, PartyMember],
  references: {
    VolunteerTeam: volunteerTeamReference,
    Volunteer: volunteerReference,
    MicroWish: microWishReference,
    ...stubReferences,
  },
  loaders: createLoaders,
  seed: seedVolunteer,
});
