import type { Role, Viewer } from '../../../shared/viewer';
import { ForbiddenError } from '../../../shared/errors';
import { EvaluatorKind } from './evaluation.entity';

/**
 * Who may file an evaluation in the name of each evaluator kind (Binzhou's multi-party assessment):
 * the street office's score comes from street staff, the owners' and residents' committees' from
 * the community staff on their behalf, the grid branch's from the grid, the housing bureau's from
 * the city. The gateway's SERVICE identity (internal integrations) may file any.
 */
export const EVALUATOR_ROLES: Record<EvaluatorKind, readonly Role[]> = {
  [EvaluatorKind.STREET_OFFICE]: ['STREET_STAFF'],
  [EvaluatorKind.OWNERS_COMMITTEE]: ['COMMUNITY_STAFF'],
  [EvaluatorKind.RESIDENTS_COMMITTEE]: ['COMMUNITY_STAFF'],
  [EvaluatorKind.GRID_BRANCH]: ['GRID_WORKER', 'COMMUNITY_STAFF'],
  [EvaluatorKind.HOUSING_BUREAU]: ['CITY_ADMIN'],
  [EvaluatorKind.RESIDENTS_SURVEY]: ['COMMUNITY_STAFF'],
};

export function assertEvaluatorRole(viewer: Viewer | null, kind: EvaluatorKind): void {
  if (!viewer || viewer.role === 'SERVICE') return;
  if (!EVALUATOR_ROLES[kind]?.includes(viewer.role)) {
    throw new ForbiddenError(
      `a ${viewer.role} caller may not file an evaluation as ${kind}; nothing was written`,
    );
  }
}
