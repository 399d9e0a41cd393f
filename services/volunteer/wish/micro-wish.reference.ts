import type { VolunteerContext } from '../context';
import { idOrNull } from '../../../shared/ids';

export const microWishReference = {
  __resolveReference: (ref: { id: string }, ctx: VolunteerContext) => {
    const id = idOrNull(ref.id);
    return id ? ctx.loaders.microWishById.load(id) : null;
  },
};
