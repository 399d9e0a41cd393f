import type { UrbanContext } from '../context';

export const inspectionReference = {
  __resolveReference: (ref: { id: string | number }, ctx: UrbanContext) =>
    ctx.loaders.inspectionById.load(Number(ref.id)),
};
