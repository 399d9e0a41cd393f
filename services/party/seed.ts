import type { DataSource } from 'typeorm';
import type { DemoCity } from '../demo-city';
import { insertAll } from '../../shared/seed-writer';
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

export async function seedParty(
  ds: DataSource,
  city: DemoCity,
  progress: (msg: string) => void,
): Promise<void> {
  const p = city.party;
  await insertAll(ds, PartyOrganization, p.organizations, progress, 'party organisations');
  await insertAll(
    ds,
    PartyMember,
    p.members.map(({ personId: _person, ...m }) => m),
    progress,
    'party members',
  );
  await insertAll(ds, PartyMemberTransfer, p.transfers, progress, 'member transfers');
  await insertAll(ds, PartyUnit, p.units, progress, 'resident units');
  await insertAll(ds, DualReport, p.dualReports, progress, 'dual reports');
  await insertAll(ds, PartyAlliance, p.alliances, progress, 'alliances');
  await insertAll(ds, PartyAllianceMember, p.allianceMembers, progress, 'alliance members');
  await insertAll(
    ds,
    JointCommitteeMember,
    p.jointCommitteeMembers,
    progress,
    'joint committee members',
  );
  await insertAll(ds, ServiceStation, p.stations, progress, 'service stations');
}
