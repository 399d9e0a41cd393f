import { In, type DataSource } from 'typeorm';
import { keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { ResidentNeed, ServiceProject, UnitResource } from './three-lists.entity';

export function createListLoaders(ds: DataSource, options: LoaderOptions) {
  const needs = ds.getRepository(ResidentNeed);
  const resources = ds.getRepository(UnitResource);
  const projects = ds.getRepository(ServiceProject);
  return {
    needById: keyedLoader<number, ResidentNeed>(
      (ids) => needs.findBy({ id: In([...ids]) }),
      (n) => n.id,
      options,
    ),
    resourceById: keyedLoader<number, UnitResource>(
      (ids) => resources.findBy({ id: In([...ids]) }),
      (r) => r.id,
      options,
    ),
    projectByNeedId: keyedLoader<number, ServiceProject>(
      (ids) => projects.findBy({ needId: In([...ids]) }),
      (p) => p.needId,
      options,
    ),
  };
}
