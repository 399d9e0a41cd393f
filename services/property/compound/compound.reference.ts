import type { PropertyContext } from '../context';
import { idOrNull } from '../../../shared/ids';

export const compoundReference = {
  __resolveReference: (ref: { id: string | number }, ctx: PropertyContext) => {
    const id = idOrNull(ref.id);
    return id == null ? null : ctx.loaders.compoundById.load(id);
  },
};
