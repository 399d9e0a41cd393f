import type { GridContext } from '../context';

export const regionReference = {
  __resolveReference: (ref: { code: string }, ctx: GridContext) =>
    ctx.loaders.regionByCode.load(ref.code),
};
