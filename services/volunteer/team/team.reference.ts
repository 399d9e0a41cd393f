import type { VolunteerContext } from '../context';
import { idOrNull } from '../../../shared/ids';

export const volunteerTeamReference = {
  __resolveReference: (ref: { id: string }, ctx: VolunteerContext) => {
    const id = idOrNull(ref.id);
    return id ? ctx.loaders.teamById.load(id) : null;
  },
};
