import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { AccountabilityProject } from './project.entity';

export function createAccountabilityProjectLoaders(ds: DataSource, options: LoaderOptions) {
  const repo = ds.getRepository(AccountabilityProject);
  return {
    accountabilityProjectById: keyedLoader<number, AccountabilityProject>((ids) => repo.findBy({ id: In([...ids]) }), (r) => r.id, options),
    accountabilityProjectsByGridCode: groupedLoader<string, AccountabilityProject>(
      (codes) => repo.find({ where: { gridCode: In([...codes]) }, order: { id: 'ASC' } }),
      (r) => r.gridCode,
      options,
    ),
    accountabilityProjectsByCaseId: groupedLoader<number, AccountabilityProject>(
      (ids) => repo.find({ where: { caseId: In([...ids]) }, order: { id: 'ASC' } }),
      (r) => r.caseId!,
      options,
    ),
  };
}
