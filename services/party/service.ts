import { defineSubgraph } from '../../shared/service';
import { PartyMemberImport } from './member/member.import';
import { PartyMemberIdNumber1796100000000 } from './migrations/1796100000000-party-member-id-number';
import {
  IdempotencyKeysParty1796200000000,
  PartyMemberTransferIn1796200000001,
} from './migrations/1796200000000-party-writes';
import { IdempotencyKey } from '../../shared/idempotency';
import { PartyMemberRecordMutations } from './member/member-record.mutations';
import { PartyAllianceMutations } from './alliance/alliance.mutations';
import { ServiceStationMutations } from './station/station.mutations';
import { PartyMemberServesInResolver, PartyUnitServesInResolver } from './dual-report/serves-in';
import { PartyUnitListResolver } from './dual-report/unit.resolver';
import { PartyOrganization } from './organization/organization.entity';
import { PartyMember } from './member/member.entity';
import { PartyMemberTransfer } from './member/member-transfer.entity';
import { PartyUnit } from './dual-report/unit.entity';
import { DualReport } from './dual-report/dual-report.entity';
import {
  JointCommitteeMember,
  PartyAlliance,
  PartyAllianceMember,
} from './alliance/alliance.entity';
import { ServiceStation } from './station/station.entity';
import { InitParty1732000100000 } from './migrations/1732000100000-init-party';
import {
  PartyOrganizationResolver,
  partyOrganizationReference,
} from './organization/organization.resolver';
import { PartyOrganizationMutations } from './organization/organization.mutations';
import {
  PartyMemberResolver,
  PartyMemberTransferResolver,
  partyMemberReference,
} from './member/member.resolver';
import { PartyMemberMutations } from './member/member.mutations';
import {
  DualReportResolver,
  PartyUnitResolver,
  partyUnitReference,
} from './dual-report/dual-report.resolver';
import { DualReportMutations } from './dual-report/dual-report.mutations';
import {
  JointCommitteeMemberResolver,
  PartyAllianceMemberResolver,
  PartyAllianceResolver,
} from './alliance/alliance.resolver';
import { ServiceStationResolver } from './station/station.resolver';
import { PartyGridResolver } from './grid/grid.resolver';
import { gridReference } from './grid/grid.stub';
import { PartyRegionResolver } from './region/region.resolver';
import { regionReference } from './region/region.stub';
import { seedParty } from './seed';
import { createLoaders } from './context';

/** The party subgraph's manifest: everything the launcher, composition, the seeder and the tests need. */
export const partyService = defineSubgraph({
  name: 'party',
  entities: [
    PartyOrganization,
    PartyMember,
    PartyMemberTransfer,
    PartyUnit,
    DualReport,
    PartyAlliance,
    PartyAllianceMember,
    JointCommitteeMember,
    ServiceStation,
    IdempotencyKey,
  ],
  migrations: [
    InitParty1732000100000,
    PartyMemberIdNumber1796100000000,
    IdempotencyKeysParty1796200000000,
    PartyMemberTransferIn1796200000001,
  ],
  resolvers: [
    PartyMemberImport,
    PartyUnitListResolver,
    PartyOrganizationResolver,
    PartyOrganizationMutations,
    PartyMemberResolver,
    PartyMemberTransferResolver,
    PartyMemberMutations,
    PartyMemberRecordMutations,
    DualReportResolver,
    PartyUnitResolver,
    DualReportMutations,
    PartyMemberServesInResolver,
    PartyUnitServesInResolver,
    PartyAllianceResolver,
    PartyAllianceMutations,
    PartyAllianceMemberResolver,
    JointCommitteeMemberResolver,
    ServiceStationResolver,
    ServiceStationMutations,
    PartyGridResolver,
    PartyRegionResolver,
  ],
  references: {
    PartyOrganization: partyOrganizationReference,
    PartyMember: partyMemberReference,
    PartyUnit: partyUnitReference,
    Grid: gridReference,
    Region: regionReference,
  },
  loaders: createLoaders,
  seed: seedParty,
});
