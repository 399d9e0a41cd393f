import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { UrbanComponent } from './component.entity';

export function createUrbanComponentLoaders(ds: DataSource, options: LoaderOptions) {
  const repo = ds.getRepository(UrbanComponent);
  return {
    urbanComponentById: keyedLoader<number, UrbanComponent>(
      (ids) => repo.findBy({ id: In([...ids]) }),
      (r) => r.id,
      options,
    ),
    urbanComponentsByGridCode: groupedLoader<string, UrbanComponent>(
      (codes) => repo.find({ where: { gridCode: In([...codes]) }, order: { id: 'ASC' } }),
      (r) => r.gridCode,
      options,
    ),
  };
}
