import { In, type DataSource } from 'typeorm';
import { groupedLoader, type LoaderOptions } from '../../../shared/loaders';
import { ServiceStation } from './station.entity';

export function createStationLoaders(ds: DataSource, options: LoaderOptions) {
  const stations = ds.getRepository(ServiceStation);
  return {
    serviceStationsByGridCode: groupedLoader<string, ServiceStation>(
      (codes) => stations.find({ where: { gridCode: In([...codes]) }, order: { id: 'ASC' } }),
      (s) => s.gridCode!,
      options,
    ),
  };
}
