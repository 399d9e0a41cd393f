import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { MicroWish, MicroWishState } from './micro-wish.entity';

export function createMicroWishLoaders(ds: DataSource, options: LoaderOptions) {
  const wishes = ds.getRepository(MicroWish);
  return {
    microWishById: keyedLoader<number, MicroWish>(
      (ids) => wishes.findBy({ id: In([...ids]) }),
      (w) => w.id,
      options,
    ),
    openMicroWishesByGridCode: groupedLoader<string, MicroWish>(
      (codes) =>
        wishes.find({
          where: { gridCode: In([...codes]), state: MicroWishState.OPEN },
          order: { postedAt: 'DESC', id: 'DESC' },
        }),
      (w) => w.gridCode,
      options,
    ),
    microWishesByClaimantMemberId: groupedLoader<number, MicroWish>(
      (ids) =>
        wishes.find({
          where: { claimantMemberId: In([...ids]) },
          order: { claimedAt: 'DESC', id: 'DESC' },
        }),
      (w) => w.claimantMemberId!,
      options,
    ),
  };
}
