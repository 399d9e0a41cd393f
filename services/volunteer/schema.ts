import type { GraphQLSchema } from 'graphql';
import { VolunteerImport } from './volunteer/volunteer.import';
import { buildFederatedSchema } from '../../shared/federation';
import { VolunteerTeamResolver } from './team/team.resolver';
import { VolunteerResolver } from './volunteer/volunteer.resolver';
import { MicroWishResolver } from './wish/micro-wish.resolver';
import { ServiceActivityResolver } from './activity/activity.resolver';
import { ParticipationResolver } from './activity/participation.resolver';
import { PointsResolver } from './points/points.resolver';
import { ServiceProjectResolver, ThreeListsResolver } from './lists/lists.resolver';
import { GridVolunteerResolver, RegionVolunteerResolver } from './extensions/place.resolver';
import { PartyMemberVolunteerResolver } from './extensions/party-member.resolver';
import { Grid, PartyMember, Region } from './place.stub';
import { volunteerTeamReference } from './team/team.reference';
import { volunteerReference } from './volunteer/volunteer.reference';
import { microWishReference } from './wish/micro-wish.reference';
import { gridReference, partyMemberReference, regionReference } from './extensions/place.reference';

export function createVolunteerSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        VolunteerTeamResolver, VolunteerResolver, MicroWishResolver, ServiceActivityResolver, ParticipationResolver, PointsResolver,
        ThreeListsResolver, ServiceProjectResolver, VolunteerImport,
        GridVolunteerResolver, RegionVolunteerResolver, PartyMemberVolunteerResolver,
      ],
      // Reachable only through _entities, so listed explicitly or the schema would drop them.
      orphanedTypes: [Grid, Region, PartyMember],
    },
    {
      VolunteerTeam: volunteerTeamReference, Volunteer: volunteerReference, MicroWish: microWishReference,
      Grid: gridReference, Region: regionReference, PartyMember: partyMemberReference,
    },
  );
}
