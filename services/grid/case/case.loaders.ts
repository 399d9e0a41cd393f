import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { Case, OPEN_CASE_STATES } from './case.entity';

export function createCaseLoaders(ds: DataSource, options: LoaderOptions) {
  const cases = ds.getRepository(Case);
  return {
    caseById: keyedLoader<number, Case>((ids) => cases.findBy({ id: In([...ids]) }), (c) => c.id, options),
    openCasesByGridCode: groupedLoader<string, Case>(
      (codes) =>
        cases.find({ where: { gridCode: In([...codes]), state: In(OPEN_CASE_STATES) }, order: { reportedAt: 'DESC', id: 'DESC' } }),
      (c) => c.gridCode,
      options,
    ),
  };
}
