import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { ResidentialCompound } from './compound.entity';
import { CompoundManagementChange } from './management-change.entity';

export function createCompoundLoaders(ds: DataSource, options: LoaderOptions) {
  const compounds = ds.getRepository(ResidentialCompound);
  const changes = ds.getRepository(CompoundManagementChange);
  return {
    compoundById: rowBy(compounds, 'id', options),
    compoundsByGridCode: rowsBy(compounds, 'gridCode', options, { id: 'ASC' }),
    compoundsByCompanyId: rowsBy(compounds, 'companyId', options, { id: 'ASC' }),
    managementChangesByCompoundId: rowsBy(changes, 'compoundId', options, {
      effectiveOn: 'ASC',
      id: 'ASC',
    }),
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
