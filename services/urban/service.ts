import { defineSubgraph } from '../../shared/service';
import { IdempotencyKey } from '../../shared/idempotency';
import { IdempotencyKeysUrban1796000000000 } from './migrations/1796000000000-idempotency-keys';
import { UrbanComponent } from './component/component.entity';
import { Inspection, InspectionFinding } from './inspection/inspection.entity';
import { OnSiteRecord, UrbanTicket } from './case-record/case-record.entity';
import { InitUrban1795345830723 } from './migrations/1795345830723-init-urban';
import { UrbanComponentResolver } from './component/component.resolver';
import { UrbanComponentMutations } from './component/component.mutations';
import { urbanComponentReference } from './component/component.reference';
import { InspectionFindingResolver, InspectionResolver } from './inspection/inspection.resolver';
import { InspectionMutations } from './inspection/inspection.mutations';
import { inspectionReference } from './inspection/inspection.reference';
import {
  CaseUrbanResolver,
  GridUrbanResolver,
  RegionUrbanResolver,
} from './extensions/place.resolver';
import { Case, Grid, Region, references as stubReferences } from './place.stub';
import { seedUrban } from './seed';
import { createLoaders } from './context';

/** The urban subgraph's manifest: everything the launcher, composition, the seeder and the tests need. */
export const urbanService = defineSubgraph({
  name: 'urban',
  entities: [
    UrbanComponent,
    Inspection,
    InspectionFinding,
    UrbanTicket,
    OnSiteRecord,
    IdempotencyKey,
  ],
  migrations: [InitUrban1795345830723, IdempotencyKeysUrban1796000000000],
  resolvers: [
    UrbanComponentResolver,
    UrbanComponentMutations,
    InspectionResolver,
    InspectionFindingResolver,
    InspectionMutations,
    GridUrbanResolver,
    RegionUrbanResolver,
    CaseUrbanResolver,
  ],
  // Reachable only through _entities, so listed explicitly or the schema would drop them.
  orphanedTypes: [Grid, Region, Case],
  references: {
    UrbanComponent: urbanComponentReference,
    Inspection: inspectionReference,
    ...stubReferences,
  },
  loaders: createLoaders,
  seed: seedUrban,
});
