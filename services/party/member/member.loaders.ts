import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { PartyMember } from './member.entity';
import { PartyMemberTransfer } from './member-transfer.entity';

export function createMemberLoaders(ds: DataSource, options: LoaderOptions) {
  const members = ds.getRepository(PartyMember);
  const transfers = ds.getRepository(PartyMemberTransfer);
  return {
    partyMemberById: keyedLoader<number, PartyMember>(
      (ids) => members.findBy({ id: In([...ids]) }),
      (m) => m.id,
      options,
    ),
    centerHouseholdsByGridCode: groupedLoader<string, PartyMember>(
      (codes) =>
        members.find({
          where: { gridCode: In([...codes]), centerHousehold: true },
          order: { id: 'ASC' },
        }),
      (m) => m.gridCode!,
      options,
    ),
    transfersByMemberId: groupedLoader<number, PartyMemberTransfer>(
      (ids) =>
        transfers.find({
          where: { memberId: In([...ids]) },
          order: { transferredOn: 'ASC', id: 'ASC' },
        }),
      (t) => t.memberId,
      options,
    ),
  };
}
