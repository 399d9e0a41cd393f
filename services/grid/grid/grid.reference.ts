import type { GridContext } from '../context';

export const gridReference = {
  __resolveReference: (ref: { code: string }, ctx: GridContext) =>
    ctx.loaders.gridByCode.load(ref.code),
};
