import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { ResidentialCompound } from './compound.entity';
import { CompoundManagementChange } from './management-change.entity';

export function createCompoundLoaders(ds: DataSource, options: LoaderOptions) {
  const compounds = ds.getRepository(ResidentialCompound);
  const changes = ds.getRepository(CompoundManagementChange);
  return {
    compoundById: keyedLoader<number, ResidentialCompound>(
      (ids) => compounds.findBy({ id: In([...ids]) }),
      (c) => c.id,
      options,
    ),
    compoundsByGridCode: groupedLoader<string, ResidentialCompound>(
      (codes) => compounds.find({ where: { gridCode: In([...codes]) }, order: { id: 'ASC' } }),
      (c) => c.gridCode,
      options,
    ),
    compoundsByCompanyId: groupedLoader<number, ResidentialCompound>(
      (ids) => compounds.find({ where: { companyId: In([...ids]) }, order: { id: 'ASC' } }),
      (c) => c.companyId!,
      options,
    ),
    managementChangesByCompoundId: groupedLoader<number, CompoundManagementChange>(
      (ids) =>
        changes.find({
          where: { compoundId: In([...ids]) },
          order: { effectiveOn: 'ASC', id: 'ASC' },
        }),
      (c) => c.compoundId,
      options,
    ),
  };
}

/** The change in force on `date`: the last one effective on or before it (history is in effective order). */
export function changeAsOf(
  history: CompoundManagementChange[],
  date: string,
): CompoundManagementChange | null {
  let found: CompoundManagementChange | null = null;
  for (const c of history) if (c.effectiveOn <= date) found = c;
  return found;
}
