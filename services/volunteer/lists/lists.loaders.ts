import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowBy } from '../../../shared/loaders';
import { ResidentNeed, ServiceProject, UnitResource } from './three-lists.entity';

export function createListLoaders(ds: DataSource, options: LoaderOptions) {
  const needs = ds.getRepository(ResidentNeed);
  const resources = ds.getRepository(UnitResource);
  const projects = ds.getRepository(ServiceProject);
  return {
    needById: rowBy(needs, 'id', options),
    resourceById: rowBy(resources, 'id', options),
    projectByNeedId: rowBy(projects, 'needId', options),
  };
}
