import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { Department, DepartmentGrid } from './department.entity';
import { scopeSql } from '../../../shared/auth/policy';
import type { Viewer } from '../../../shared/viewer';

export function createDepartmentLoaders(ds: DataSource, options: LoaderOptions, viewer?: Viewer) {
  const scope = scopeSql(viewer ?? null, 'd.basic_grid_code');
  const departments = ds.getRepository(Department);
  const departmentGrids = ds.getRepository(DepartmentGrid);
  return {
    departmentByCode: keyedLoader<string, Department>(
      (codes) => departments.findBy({ code: In([...codes]) }),
      (d) => d.code,
      options,
    ),
    departmentById: keyedLoader<number, Department>(
      (ids) => departments.findBy({ id: In([...ids]) }),
      (d) => d.id,
      options,
    ),
    departmentGridsByDepartmentId: groupedLoader<number, DepartmentGrid>(
      (ids) => {
        // A department's grid list is cut to the caller's jurisdiction in SQL.
        const qb = departmentGrids
          .createQueryBuilder('d')
          .where('d.department_id IN (:...ids)', { ids: [...ids] });
        if (scope) qb.andWhere(...scope);
        return qb.orderBy('d.code', 'ASC').getMany();
      },
      (d) => d.departmentId,
      options,
    ),
    departmentGridsByBasicGridCode: groupedLoader<string, DepartmentGrid>(
      (codes) =>
        departmentGrids.find({ where: { basicGridCode: In([...codes]) }, order: { code: 'ASC' } }),
      (d) => d.basicGridCode!,
      options,
    ),
  };
}
