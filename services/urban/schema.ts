import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation';
import { UrbanComponentResolver } from './component/component.resolver';
import { UrbanComponentMutations } from './component/component.mutations';
import { urbanComponentReference } from './component/component.reference';
import { InspectionFindingResolver, InspectionResolver } from './inspection/inspection.resolver';
import { InspectionMutations } from './inspection/inspection.mutations';
import { inspectionReference } from './inspection/inspection.reference';
import { CaseUrbanResolver, GridUrbanResolver, RegionUrbanResolver } from './extensions/place.resolver';
import { caseReference, gridReference, regionReference } from './extensions/place.reference';
import { Case, Grid, Region } from './place.stub';

export function createUrbanSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        UrbanComponentResolver, UrbanComponentMutations, InspectionResolver, InspectionFindingResolver, InspectionMutations,
        GridUrbanResolver, RegionUrbanResolver, CaseUrbanResolver,
      ],
      // Reachable only through _entities, so listed explicitly or the schema would drop them.
      orphanedTypes: [Grid, Region, Case],
    },
    { UrbanComponent: urbanComponentReference, Inspection: inspectionReference, Grid: gridReference, Region: regionReference, Case: caseReference },
  );
}
