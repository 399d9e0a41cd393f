import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../shared/context';
import type { LoaderOptions } from '../../shared/loaders';
import { createGridLoaders } from './grid/grid.loaders';
import { createCaseLoaders } from './case/case.loaders';
import { createDepartmentLoaders } from './department/department.loaders';
import { createMediationLoaders } from './mediation/mediation.resolver';
import type { DeadlineHours } from './case/case-machine';
import type { Viewer } from '../../shared/viewer';

export function createLoaders(ds: DataSource, options: LoaderOptions, viewer?: Viewer) {
  return {
    ...createGridLoaders(ds, options),
    ...createCaseLoaders(ds, options),
    ...createDepartmentLoaders(ds, options, viewer),
    ...createMediationLoaders(ds, options),
  };
}

export interface GridConfig {
  /** Hours allowed per open case stage. */
  deadlines: DeadlineHours;
}

export type GridLoaders = ReturnType<typeof createLoaders>;
export type GridContext = BaseContext<GridLoaders> & { config: GridConfig };
