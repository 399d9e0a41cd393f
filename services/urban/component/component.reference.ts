import type { UrbanContext } from '../context';

export const urbanComponentReference = {
  __resolveReference: (ref: { id: string | number }, ctx: UrbanContext) =>
    ctx.loaders.urbanComponentById.load(Number(ref.id)),
};
