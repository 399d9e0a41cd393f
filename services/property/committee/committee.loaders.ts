import { In, LessThanOrEqual, MoreThanOrEqual, type DataSource } from 'typeorm';
import { keyedLoader, type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { OwnersCommittee, OwnersCommitteeMember } from './committee.entity';
import { today } from '../calendar';

export function createCommitteeLoaders(ds: DataSource, options: LoaderOptions) {
  const committees = ds.getRepository(OwnersCommittee);
  const members = ds.getRepository(OwnersCommitteeMember);
  return {
    committeeById: rowBy(committees, 'id', options),
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
    committeesByCompoundId: rowsBy(committees, 'compoundId', options, {
      termStart: 'DESC',
      id: 'DESC',
    }),
    membersByCommitteeId: rowsBy(members, 'committeeId', options, { id: 'ASC' }),
  };
}
