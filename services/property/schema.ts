import type { GraphQLSchema } from 'graphql';
import { CompoundImport } from './compound/compound.import';
import { buildFederatedSchema } from '../../shared/federation';
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
import { compoundReference, gridReference, regionReference } from './compound/compound.reference';
import { companyReference } from './company/company.reference';
import { Case } from './case.stub';
import { Region } from './grid.stub';
import { PartyMember, PartyOrganization } from './party.stub';

export function createPropertySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CompoundResolver, ManagementChangeResolver, CompoundManagementResolver, GridCompoundsResolver, CompanyResolver,
        CommitteeResolver, CommitteeMemberResolver, LinkageMeetingResolver, FollowUpResolver, EvaluationResolver,
        DisclosureResolver, RegionPropertyResolver, CompoundImport,
      ],
      orphanedTypes: [Case, PartyOrganization, PartyMember, Region],
    },
    {
      ResidentialCompound: compoundReference,
      PropertyCompany: companyReference,
      Grid: gridReference,
      Region: regionReference,
    },
  );
}
