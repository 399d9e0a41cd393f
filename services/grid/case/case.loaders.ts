import { In, type DataSource } from 'typeorm';
import DataLoader from 'dataloader';
import {
  groupedLoader,
  keyedLoader,
  type LoaderOptions,
  rowBy,
  rowsBy,
} from '../../../shared/loaders';
import { Case, OPEN_CASE_STATES } from './case.entity';
import { CaseEvent } from './case-event.entity';
import { GridWorker } from '../worker/grid-worker.entity';

export function createCaseLoaders(ds: DataSource, options: LoaderOptions) {
  const cases = ds.getRepository(Case);
  const events = ds.getRepository(CaseEvent);
  return {
    eventsByCaseId: rowsBy(events, 'caseId', options, { id: 'ASC' }),
    caseById: rowBy(cases, 'id', options),
    workerById: keyedLoader<number, GridWorker>(
      (ids) => ds.getRepository(GridWorker).findBy({ id: In([...ids]) }),
      (w) => w.id,
      options,
    ),
    gridCodesWithCasesOfDepartment: new DataLoader<number, string[]>(async (ids) =>
      Promise.all(
        ids.map(async (id) =>
          (
            await cases
              .createQueryBuilder('c')
              .select('DISTINCT c.grid_code', 'g')
              .where('c.department_id = :id', { id })
              .getRawMany()
          ).map((r: { g: string }) => r.g),
        ),
      ),
    ),
    caseCountsByGridCode: groupedLoader<string, { gridCode: string; key: string; count: number }>(
      async (codes) =>
        (
          await cases
            .createQueryBuilder('c')
            .select('c.grid_code', 'gridCode')
            .addSelect('c.state', 'key')
            .addSelect('COUNT(*)', 'count')
            .where('c.grid_code IN (:...codes)', { codes: [...codes] })
            .groupBy('c.grid_code')
            .addGroupBy('c.state')
            .orderBy('c.state')
            .getRawMany()
        ).map((r: { gridCode: string; key: string; count: string | number }) => ({
          gridCode: r.gridCode,
          key: r.key,
          count: Number(r.count),
        })),
      (r) => r.gridCode,
      options,
    ),
    openCasesByGridCode: groupedLoader<string, Case>(
      (codes) =>
        cases.find({
          where: { gridCode: In([...codes]), state: In(OPEN_CASE_STATES) },
          order: { reportedAt: 'DESC', id: 'DESC' },
        }),
      (c) => c.gridCode,
      options,
    ),
  };
}
