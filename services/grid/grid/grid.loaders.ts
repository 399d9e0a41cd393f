import { In, IsNull, type DataSource } from 'typeorm';
import { groupedLoader, type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { Grid } from './grid.entity';
import { Region } from '../region/region.entity';
import { GridWorker } from '../worker/grid-worker.entity';
import { GridWorkerAssignment } from '../worker/grid-worker-assignment.entity';

export function createGridLoaders(ds: DataSource, options: LoaderOptions) {
  const grids = ds.getRepository(Grid);
  const regions = ds.getRepository(Region);
  const workers = ds.getRepository(GridWorker);
  const assignments = ds.getRepository(GridWorkerAssignment);
  return {
    assignmentsByWorkerId: rowsBy(assignments, 'workerId', options, {
      startedOn: 'ASC',
      id: 'ASC',
    }),
    gridByCode: rowBy(grids, 'code', options),
    gridsByParentCode: rowsBy(grids, 'parentCode', options, { code: 'ASC' }),
    regionByCode: rowBy(regions, 'code', options),
    regionsByParentCode: rowsBy(regions, 'parentCode', options, { code: 'ASC' }),
    activeWorkersByGridCode: groupedLoader<string, GridWorker>(
      (codes) =>
        workers.find({
          where: { gridCode: In([...codes]), endedOn: IsNull() },
          order: { role: 'ASC', id: 'ASC' },
        }),
      (w) => w.gridCode,
      options,
    ),
  };
}
