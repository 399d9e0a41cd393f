import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { Department, DepartmentGrid } from './department.entity';

export function createDepartmentLoaders(ds: DataSource, options: LoaderOptions) {
  const departments = ds.getRepository(Department);
  const departmentGrids = ds.getRepository(DepartmentGrid);
  return {
    departmentById: keyedLoader<number, Department>((ids) => departments.findBy({ id: In([...ids]) }), (d) => d.id, options),
    departmentGridsByDepartmentId: groupedLoader<number, DepartmentGrid>(
      (ids) => departmentGrids.find({ where: { departmentId: In([...ids]) }, order: { code: 'ASC' } }),
      (d) => d.departmentId,
      options,
    ),
    departmentGridsByBasicGridCode: groupedLoader<string, DepartmentGrid>(
      (codes) => departmentGrids.find({ where: { basicGridCode: In([...codes]) }, order: { code: 'ASC' } }),
      (d) => d.basicGridCode!,
      options,
    ),
  };
}
