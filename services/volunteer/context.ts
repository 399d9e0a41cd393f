import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../shared/context';
import type { LoaderOptions } from '../../shared/loaders';
import { createTeamLoaders } from './team/team.loaders';
import { createVolunteerLoaders } from './volunteer/volunteer.loaders';
import { createActivityLoaders } from './activity/activity.loaders';
import { createPointsLoaders } from './points/points.loaders';
import { createMicroWishLoaders } from './wish/micro-wish.loaders';
import { createListLoaders } from './lists/lists.loaders';

export function createLoaders(ds: DataSource, options: LoaderOptions) {
  return {
    ...createTeamLoaders(ds, options),
    ...createVolunteerLoaders(ds, options),
    ...createActivityLoaders(ds, options),
    ...createPointsLoaders(ds, options),
    ...createMicroWishLoaders(ds, options),
    ...createListLoaders(ds, options),
  };
}

export type VolunteerLoaders = ReturnType<typeof createLoaders>;
export type VolunteerContext = BaseContext<VolunteerLoaders>;
