import { In, type DataSource } from 'typeorm';
import { groupedLoader, type LoaderOptions } from '../../../shared/loaders';
import { JointCommitteeMember, PartyAllianceMember } from './alliance.entity';

export function createAllianceLoaders(ds: DataSource, options: LoaderOptions) {
  const members = ds.getRepository(PartyAllianceMember);
  const joint = ds.getRepository(JointCommitteeMember);
  return {
    allianceMembersByAllianceId: groupedLoader<number, PartyAllianceMember>(
      (ids) => members.find({ where: { allianceId: In([...ids]) }, order: { id: 'ASC' } }),
      (m) => m.allianceId,
      options,
    ),
    jointCommitteeMembersByOrganizationId: groupedLoader<number, JointCommitteeMember>(
      (ids) => joint.find({ where: { organizationId: In([...ids]) }, order: { id: 'ASC' } }),
      (m) => m.organizationId,
      options,
    ),
  };
}
