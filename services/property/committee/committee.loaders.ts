import { In, LessThanOrEqual, MoreThanOrEqual, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { OwnersCommittee, OwnersCommitteeMember } from './committee.entity';
import { today } from '../calendar';

export function createCommitteeLoaders(ds: DataSource, options: LoaderOptions) {
  const committees = ds.getRepository(OwnersCommittee);
  const members = ds.getRepository(OwnersCommitteeMember);
  return {
    committeeById: keyedLoader<number, OwnersCommittee>(
      (ids) => committees.findBy({ id: In([...ids]) }),
      (c) => c.id,
      options,
    ),
    // Ordered by term start, so when terms overlap the keyed loader keeps the latest one.
    committeeInTermByCompoundId: keyedLoader<number, OwnersCommittee>(
      (ids) => {
        const now = today();
        return committees.find({
          where: {
            compoundId: In([...ids]),
            termStart: LessThanOrEqual(now),
            termEnd: MoreThanOrEqual(now),
          },
          order: { termStart: 'ASC', id: 'ASC' },
        });
      },
      (c) => c.compoundId,
      options,
    ),
    committeesByCompoundId: groupedLoader<number, OwnersCommittee>(
      (ids) =>
        committees.find({
          where: { compoundId: In([...ids]) },
          order: { termStart: 'DESC', id: 'DESC' },
        }),
      (c) => c.compoundId,
      options,
    ),
    membersByCommitteeId: groupedLoader<number, OwnersCommitteeMember>(
      (ids) => members.find({ where: { committeeId: In([...ids]) }, order: { id: 'ASC' } }),
      (m) => m.committeeId,
      options,
    ),
  };
}
