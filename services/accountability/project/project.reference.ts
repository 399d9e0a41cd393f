import type { AccountabilityContext } from '../context';

export const accountabilityProjectReference = {
  __resolveReference: (ref: { id: string | number }, ctx: AccountabilityContext) => ctx.loaders.accountabilityProjectById.load(Number(ref.id)),
};
