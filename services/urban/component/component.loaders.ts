import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { UrbanComponent } from './component.entity';

export function createUrbanComponentLoaders(ds: DataSource, options: LoaderOptions) {
  const repo = ds.getRepository(UrbanComponent);
  return {
    urbanComponentById: rowBy(repo, 'id', options),
    urbanComponentsByGridCode: rowsBy(repo, 'gridCode', options, { id: 'ASC' }),
  };
}
