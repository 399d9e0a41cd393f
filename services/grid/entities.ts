import { Region } from './region/region.entity';
import { Grid } from './grid/grid.entity';
import { GridWorker } from './worker/grid-worker.entity';
import { Department, DepartmentGrid } from './department/department.entity';
import { Case } from './case/case.entity';
import { InitGrid1732000000000 } from './migrations/1732000000000-init-grid';

export const entities = [Region, Grid, GridWorker, Department, DepartmentGrid, Case];
export const migrations = [InitGrid1732000000000];
