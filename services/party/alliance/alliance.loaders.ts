import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowsBy } from '../../../shared/loaders';
import { JointCommitteeMember, PartyAllianceMember } from './alliance.entity';

export function createAllianceLoaders(ds: DataSource, options: LoaderOptions) {
  const members = ds.getRepository(PartyAllianceMember);
  const joint = ds.getRepository(JointCommitteeMember);
  return {
    allianceMembersByAllianceId: rowsBy(members, 'allianceId', options, { id: 'ASC' }),
    jointCommitteeMembersByOrganizationId: rowsBy(joint, 'organizationId', options, { id: 'ASC' }),
  };
}
