import { type DataSource } from 'typeorm';
import { groupedLoader, type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { Department, DepartmentGrid } from './department.entity';
import { scopeSql } from '../../../shared/auth/policy';
import type { Viewer } from '../../../shared/viewer';

export function createDepartmentLoaders(ds: DataSource, options: LoaderOptions, viewer?: Viewer) {
  const scope = scopeSql(viewer ?? null, 'd.basic_grid_code');
  const departments = ds.getRepository(Department);
  const departmentGrids = ds.getRepository(DepartmentGrid);
  return {
    departmentByCode: rowBy(departments, 'code', options),
    departmentById: rowBy(departments, 'id', options),
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
    departmentGridsByBasicGridCode: rowsBy(departmentGrids, 'basicGridCode', options, {
      code: 'ASC',
    }),
  };
}
