import type { DataSource } from 'typeorm';
import type { DemoCity } from '../demo-city';
import { insertAll } from '../../shared/seed-writer';
import { generateBoundaries } from '../../shared/demo/boundaries';
import { Region } from './region/region.entity';
import { Grid } from './grid/grid.entity';
import { GridWorker } from './worker/grid-worker.entity';
import { Department, DepartmentGrid } from './department/department.entity';
import { Case } from './case/case.entity';
import { CaseEvent } from './case/case-event.entity';
import { GridWorkerAssignment } from './worker/grid-worker-assignment.entity';
import { CaseMediation } from './mediation/case-mediation.entity';
import { demoMediations } from './mediation/mediation.demo';

export async function seedGrid(
  ds: DataSource,
  city: DemoCity,
  progress: (msg: string) => void,
): Promise<void> {
  const boundaries = generateBoundaries(city.geography);
  const withBoundary = <T extends { code: string }>(rows: T[]) =>
    rows.map((r) => ({ ...r, boundary: boundaries.get(r.code) ?? null }));
  await insertAll(ds, Region, withBoundary(city.geography.regions), progress, 'regions');
  await insertAll(ds, Grid, withBoundary(city.geography.grids), progress, 'grids');
  await insertAll(ds, GridWorker, city.grid.workers, progress, 'grid workers');
  const assignments = city.grid.workers.map((w) => ({
    workerId: w.id,
    gridCode: w.gridCode,
    role: w.role,
    buildingLabel: w.buildingLabel,
    startedOn: w.startedOn,
    endedOn: w.endedOn,
    endReason: w.endedOn ? 'RETIRED' : null,
  }));
  await insertAll(ds, GridWorkerAssignment, assignments, progress, 'worker assignments');
  await insertAll(ds, Department, city.grid.departments, progress, 'departments');
  await insertAll(ds, DepartmentGrid, city.grid.departmentGrids, progress, 'department grids');
  await insertAll(ds, Case, city.grid.cases, progress, 'cases');
  // The demo's dispatched cases never changed hands, so each event's department is its case's.
  const departmentOf = new Map(city.grid.cases.map((c) => [c.id, c.departmentId]));
  const withDepartment = (e: (typeof city.grid.caseEvents)[number]) => ({
    ...e,
    departmentId: ['dispatch', 'checkIn', 'resolve'].includes(e.action)
      ? (departmentOf.get(e.caseId) ?? null)
      : null,
  });
  await insertAll(ds, CaseEvent, city.grid.caseEvents.map(withDepartment), progress, 'case events');
  await insertAll(ds, CaseMediation, demoMediations(city), progress, 'case mediations');
}
