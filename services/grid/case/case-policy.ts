import type { Viewer, Role } from '../../../shared/viewer';
import { ForbiddenError } from '../../../shared/errors';
import type { CaseAction } from './case-machine';
import type { Case } from './case.entity';

/**
 * Who may drive which step of the loop. Grid workers collect and handle on their grid, the street
 * command centre (STREET_STAFF) dispatches, a department's system reports in, works and returns
 * only the cases dispatched to it. Jurisdiction (the code prefix) is checked by the shared layer.
 */
const RAW: Record<CaseAction | 'report', readonly Role[]> = {
  report: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER'],
  accept: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER'],
  start: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER'],
  escalate: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER'],
  dispatch: ['CITY_ADMIN', 'STREET_STAFF'],
  checkIn: ['CITY_ADMIN', 'DEPARTMENT'],
  returnToCentre: ['CITY_ADMIN', 'DEPARTMENT'],
  resolve: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER', 'DEPARTMENT'],
  reopen: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER'],
  close: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER'],
  rate: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER'],
};
// The gateway's own service identity (internal integrations) may drive every step.
const ALLOWED = Object.fromEntries(
  Object.entries(RAW).map(([a, roles]) => [a, [...roles, 'SERVICE']]),
) as Record<CaseAction | 'report', Role[]>;

/** The hook every case mutation calls before it writes; `departmentId` is the caller's department row. */
export function authorizeCaseAction(
  viewer: Viewer | null,
  action: CaseAction | 'report',
  target: Pick<Case, 'departmentId'> | null,
  viewerDepartmentId: number | null,
): void {
  if (!viewer) return; // no caller identity configured (unit tests of the loop itself)
  if (!ALLOWED[action].includes(viewer.role))
    throw new ForbiddenError(`role ${viewer.role} may not ${action} a case`);
  if (viewer.role === 'DEPARTMENT' && target && target.departmentId !== viewerDepartmentId) {
    throw new ForbiddenError('a department may act only on cases dispatched to it');
  }
}
