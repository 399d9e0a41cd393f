import type { GridContext } from '../context';

export const caseReference = {
  __resolveReference: (ref: { id: string | number }, ctx: GridContext) =>
    ctx.loaders.caseById.load(Number(ref.id)),
};
