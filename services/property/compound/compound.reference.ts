import type { PropertyContext } from '../context';
import { idOrNull } from '../../../shared/ids';
import { Grid, Region } from '../grid.stub';

export const compoundReference = {
  __resolveReference: (ref: { id: string | number }, ctx: PropertyContext) => {
    const id = idOrNull(ref.id);
    return id == null ? null : ctx.loaders.compoundById.load(id);
  },
};

// Grid and Region live in the grid subgraph; this one only adds fields, so the key is all it needs.
export const gridReference = {
  __resolveReference: (ref: { code: string }) => Object.assign(new Grid(), { code: ref.code }),
};
export const regionReference = {
  __resolveReference: (ref: { code: string }) => Object.assign(new Region(), { code: ref.code }),
};
