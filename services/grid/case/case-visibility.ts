import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { Viewer } from '../../../shared/viewer';
import { scopeSql } from '../../../shared/auth/policy';

/**
 * The cases a viewer may list, on a query that reads cases as `c` (the case list and the change
 * feed): those of the grids under its jurisdiction; an analyst none; a department only the cases
 * assigned to it. Holds no GraphQL type, so importing it changes no module's load order.
 */
export function onlyVisibleCases<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  viewer: Viewer,
): SelectQueryBuilder<T> {
  const scope = scopeSql(viewer, 'c.grid_code');
  if (scope) qb.andWhere(...scope);
  if (viewer.role === 'ANALYST') qb.andWhere('1 = 0');
  if (viewer.role === 'DEPARTMENT') {
    qb.andWhere('c.department_id = (SELECT d.id FROM departments d WHERE d.code = :viewerDept)', {
      viewerDept: viewer.departmentCode,
    });
  }
  return qb;
}
