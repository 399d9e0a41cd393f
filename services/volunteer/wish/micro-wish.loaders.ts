import { In, type DataSource } from 'typeorm';
import { groupedLoader, type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { MicroWish, MicroWishState } from './micro-wish.entity';

export function createMicroWishLoaders(ds: DataSource, options: LoaderOptions) {
  const wishes = ds.getRepository(MicroWish);
  return {
    microWishById: rowBy(wishes, 'id', options),
    openMicroWishesByGridCode: groupedLoader<string, MicroWish>(
      (codes) =>
        wishes.find({
          where: { gridCode: In([...codes]), state: MicroWishState.OPEN },
          order: { postedAt: 'DESC', id: 'DESC' },
        }),
      (w) => w.gridCode,
      options,
    ),
    microWishesByClaimantMemberId: rowsBy(wishes, 'claimantMemberId', options, {
      claimedAt: 'DESC',
      id: 'DESC',
    }),
  };
}
