import { defineSubgraph } from '../../shared/service';
import { CompoundImport } from './compound/compound.import';
import { parseEnv } from '../../shared/env';
import { EvaluationPerKind1796000000001 } from './migrations/1796000000001-evaluation-per-kind';
import { IdempotencyKey } from '../../shared/idempotency';
import { IdempotencyKeysProperty1796000000000 } from './migrations/1796000000000-idempotency-keys';
import { ResidentialCompound } from './compound/compound.entity';
import { CompoundManagementChange } from './compound/management-change.entity';
import { PropertyCompany } from './company/company.entity';
import { OwnersCommittee, OwnersCommitteeMember } from './committee/committee.entity';
import { LinkageDecision, LinkageMeeting } from './linkage/linkage.entity';
import { ServiceEvaluation } from './evaluation/evaluation.entity';
import { FeeDisclosure } from './disclosure/fee-disclosure.entity';
import { InitProperty1733000000000 } from './migrations/1733000000000-init-property';
import { CompoundResolver, ManagementChangeResolver } from './compound/compound.resolver';
import { CompoundManagementResolver } from './compound/compound-management.resolver';
import { GridCompoundsResolver } from './compound/grid.resolver';
import { CompanyResolver } from './company/company.resolver';
import { CommitteeMemberResolver, CommitteeResolver } from './committee/committee.resolver';
import { LinkageMeetingResolver } from './linkage/linkage.resolver';
import { FollowUpResolver } from './linkage/follow-up.resolver';
import { EvaluationResolver } from './evaluation/evaluation.resolver';
import { DisclosureResolver } from './disclosure/disclosure.resolver';
import { RegionPropertyResolver } from './region/region.resolver';
import { compoundReference } from './compound/compound.reference';
import { companyReference } from './company/company.reference';
import {
  Case,
  PartyMember,
  PartyOrganization,
  Region,
  references as stubReferences,
} from './place.stub';
import { seedProperty } from './seed';
import { createLoaders } from './context';

/** The property subgraph's manifest: everything the launcher, composition, the seeder and the tests need. */
export const propertyService = defineSubgraph({
  name: 'property',
  entities: [
    ResidentialCompound,
    CompoundManagementChange,
    PropertyCompany,
    OwnersCommittee,
    OwnersCommitteeMember,
    LinkageMeeting,
    LinkageDecision,
    ServiceEvaluation,
    FeeDisclosure,
    IdempotencyKey,
  ],
  migrations: [
    InitProperty1733000000000,
    IdempotencyKeysProperty1796000000000,
    EvaluationPerKind1796000000001,
  ],
  resolvers: [
    CompoundImport,
    CompoundResolver,
    ManagementChangeResolver,
    CompoundManagementResolver,
    GridCompoundsResolver,
    CompanyResolver,
    CommitteeResolver,
    CommitteeMemberResolver,
    LinkageMeetingResolver,
    FollowUpResolver,
    EvaluationResolver,
    DisclosureResolver,
    RegionPropertyResolver,
  ],
  orphanedTypes: [Case, PartyOrganization, PartyMember, Region],
  references: {
    ResidentialCompound: compoundReference,
    PropertyCompany: companyReference,
    ...stubReferences,
  },
  loaders: createLoaders,
  // The composite score's weights per evaluator kind (EVALUATION_WEIGHTS, parsed in shared/env).
  config: (env) => ({
    config: { evaluationWeights: env.EVALUATION_WEIGHTS ?? parseEnv({}).EVALUATION_WEIGHTS },
  }),
  seed: seedProperty,
});
