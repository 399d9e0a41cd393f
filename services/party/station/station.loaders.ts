import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowsBy } from '../../../shared/loaders';
import { ServiceStation } from './station.entity';

export function createStationLoaders(ds: DataSource, options: LoaderOptions) {
  const stations = ds.getRepository(ServiceStation);
  return {
    serviceStationsByGridCode: rowsBy(stations, 'gridCode', options, { id: 'ASC' }),
  };
}
