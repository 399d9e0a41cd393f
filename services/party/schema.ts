import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation';
import { PartyOrganizationResolver, partyOrganizationReference } from './organization/organization.resolver';
import { PartyOrganizationMutations } from './organization/organization.mutations';
import { PartyMemberResolver, PartyMemberTransferResolver, partyMemberReference } from './member/member.resolver';
import { PartyMemberMutations } from './member/member.mutations';
import { PartyMemberImport } from './member/member.import';
import { DualReportResolver, PartyUnitResolver, partyUnitReference } from './dual-report/dual-report.resolver';
import { DualReportMutations } from './dual-report/dual-report.mutations';
import { JointCommitteeMemberResolver, PartyAllianceMemberResolver, PartyAllianceResolver } from './alliance/alliance.resolver';
import { ServiceStationResolver } from './station/station.resolver';
import { PartyGridResolver } from './grid/grid.resolver';
import { gridReference } from './grid/grid.stub';
import { PartyRegionResolver } from './region/region.resolver';
import { regionReference } from './region/region.stub';

export function createPartySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        PartyOrganizationResolver, PartyOrganizationMutations, PartyMemberResolver, PartyMemberTransferResolver, PartyMemberMutations, PartyMemberImport,
        DualReportResolver, PartyUnitResolver, DualReportMutations, PartyAllianceResolver, PartyAllianceMemberResolver,
        JointCommitteeMemberResolver, ServiceStationResolver, PartyGridResolver, PartyRegionResolver,
      ],
    },
    {
      PartyOrganization: partyOrganizationReference, PartyMember: partyMemberReference, PartyUnit: partyUnitReference,
      Grid: gridReference, Region: regionReference,
    },
  );
}
