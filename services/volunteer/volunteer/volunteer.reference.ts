import type { VolunteerContext } from '../context';
import { idOrNull } from '../../../shared/ids';

export const volunteerReference = {
  __resolveReference: (ref: { id: string }, ctx: VolunteerContext) => {
    const id = idOrNull(ref.id);
    return id ? ctx.loaders.volunteerById.load(id) : null;
  },
};
