import { In, type DataSource } from 'typeorm';
import { groupedLoader, type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { PartyMember } from './member.entity';
import { PartyMemberTransfer } from './member-transfer.entity';

export function createMemberLoaders(ds: DataSource, options: LoaderOptions) {
  const members = ds.getRepository(PartyMember);
  const transfers = ds.getRepository(PartyMemberTransfer);
  return {
    partyMemberById: rowBy(members, 'id', options),
    centerHouseholdsByGridCode: groupedLoader<string, PartyMember>(
      (codes) =>
        members.find({
          where: { gridCode: In([...codes]), centerHousehold: true },
          order: { id: 'ASC' },
        }),
      (m) => m.gridCode!,
      options,
    ),
    transfersByMemberId: rowsBy(transfers, 'memberId', options, {
      transferredOn: 'ASC',
      id: 'ASC',
    }),
  };
}
