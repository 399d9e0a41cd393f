import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation';
import { AccountabilityProjectResolver } from './project/project.resolver';
import { AccountabilityProjectMutations } from './project/project.mutations';
import { accountabilityProjectReference } from './project/project.reference';
import { CaseAccountabilityResolver, GridAccountabilityResolver, RegionAccountabilityResolver } from './extensions/place.resolver';
import { caseReference, gridReference, regionReference } from './extensions/place.reference';
import { Case, Grid, Region } from './place.stub';

export function createAccountabilitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [AccountabilityProjectResolver, AccountabilityProjectMutations, GridAccountabilityResolver, RegionAccountabilityResolver, CaseAccountabilityResolver],
      // Reachable only through _entities, so listed explicitly or the schema would drop them.
      orphanedTypes: [Grid, Region, Case],
    },
    { AccountabilityProject: accountabilityProjectReference, Grid: gridReference, Region: regionReference, Case: caseReference },
  );
}
