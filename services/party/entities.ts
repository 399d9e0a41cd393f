import { PartyOrganization } from './organization/organization.entity';
import { PartyMember } from './member/member.entity';
import { PartyMemberTransfer } from './member/member-transfer.entity';
import { PartyUnit } from './dual-report/unit.entity';
import { DualReport } from './dual-report/dual-report.entity';
import { JointCommitteeMember, PartyAlliance, PartyAllianceMember } from './alliance/alliance.entity';
import { ServiceStation } from './station/station.entity';
import { InitParty1732000100000 } from './migrations/1732000100000-init-party';
import { PartyMemberIdNumber1796100000000 } from './migrations/1796100000000-party-member-id-number';

export const entities = [
  PartyOrganization, PartyMember, PartyMemberTransfer, PartyUnit, DualReport, PartyAlliance, PartyAllianceMember, JointCommitteeMember, ServiceStation,
];
export const migrations = [InitParty1732000100000, PartyMemberIdNumber1796100000000];
