import { In, IsNull, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
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
    assignmentsByWorkerId: groupedLoader<number, GridWorkerAssignment>(
      (ids) =>
        assignments.find({
          where: { workerId: In([...ids]) },
          order: { startedOn: 'ASC', id: 'ASC' },
        }),
      (a) => a.workerId,
      options,
    ),
    gridByCode: keyedLoader<string, Grid>(
      (codes) => grids.findBy({ code: In([...codes]) }),
      (g) => g.code,
      options,
    ),
    gridsByParentCode: groupedLoader<string, Grid>(
      (codes) => grids.find({ where: { parentCode: In([...codes]) }, order: { code: 'ASC' } }),
      (g) => g.parentCode!,
      options,
    ),
    regionByCode: keyedLoader<string, Region>(
      (codes) => regions.findBy({ code: In([...codes]) }),
      (r) => r.code,
      options,
    ),
    regionsByParentCode: groupedLoader<string, Region>(
      (codes) => regions.find({ where: { parentCode: In([...codes]) }, order: { code: 'ASC' } }),
      (r) => r.parentCode!,
      options,
    ),
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
