import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowsBy } from '../../../shared/loaders';
import { sumLoader } from '../sum-loader';
import { PointsBalance, PointsEntry } from './points.entity';

export function createPointsLoaders(ds: DataSource, options: LoaderOptions) {
  const entries = ds.getRepository(PointsEntry);
  return {
    balanceByVolunteerId: sumLoader<number>(
      (ids) =>
        ds
          .getRepository(PointsBalance)
          .createQueryBuilder('b')
          .select('b.volunteer_id', 'k')
          .addSelect('b.balance', 'n')
          .where('b.volunteer_id IN (:...ids)', { ids: [...ids] })
          .getRawMany(),
      options,
    ),
    pointsEntriesByVolunteerId: rowsBy(entries, 'volunteerId', options, { id: 'ASC' }),
  };
}
