import type { Role, Viewer } from '../viewer';
import { ForbiddenError } from '../errors';

/**
 * The README's role table for the two roles that do not see everything under their region: the
 * only types of records (rows with a place, records of people, public-registry records) they may
 * read at all, as single objects, through `_entities` or in lists (shared/auth/policy checks every
 * object against it; underPrefixSql closes lists of other types). Other roles see every type
 * inside their jurisdiction. A type not named here is closed to them, so a new one starts closed.
 */
export const NARROW_SCOPES: Partial<Record<Role, readonly string[]>> = {
  // A department's system: the cases dispatched to it (with its own on-site records of them, urban)
  // and the grids they stand in (its visibility rules in services/grid cut both further); the change
  // feed of those cases, its own row of the whistle assessment, its own task admissions, and the
  // webhook endpoints it registers for those cases (README: Webhooks).
  DEPARTMENT: [
    'Case',
    'OnSiteRecord',
    'Grid',
    'CaseChange',
    'DepartmentPerformance',
    'TaskAdmission',
    'WebhookEndpoint',
  ],
  // An analyst: places, their indicators and counts, and rankings (with the ranked companies'
  // registry entries); no list of records, let alone of people. The whistle assessment is a
  // roll-up per department (counts and rates), not a list of people.
  ANALYST: ['Region', 'Grid', 'PropertyCompanyRank', 'PropertyCompany', 'DepartmentPerformance'],
};

/** Whether rows of this GraphQL type may be listed by the caller at all (before jurisdiction cuts them). */
export function scopeOpens(
  viewer: Viewer | null | undefined,
  typeName: string | undefined,
): boolean {
  const open = viewer ? NARROW_SCOPES[viewer.role] : undefined;
  return !open || (typeName !== undefined && open.includes(typeName));
}

/**
 * Types only the named roles may read at all: every other caller is refused with FORBIDDEN (not
 * given an empty list), on every list of them (underPrefixSql) and on every object of them (the
 * read guard of shared/auth/policy), so no resolver decides it. SERVICE, the gateway's own
 * identity, reads them as it reads everything.
 */
export const ROLE_ONLY: Readonly<Record<string, readonly Role[]>> = {
  // The federated integrity report (多网合一 is only as good as its joins): the city's check of its own data.
  IntegrityReport: ['CITY_ADMIN'],
  IntegrityRegionCount: ['CITY_ADMIN'],
  IntegrityKindCount: ['CITY_ADMIN'],
  IntegrityViolation: ['CITY_ADMIN'],
};

/** Whether the caller's role may read rows of this GraphQL type at all (see ROLE_ONLY). */
export function roleAdmits(
  viewer: Viewer | null | undefined,
  typeName: string | undefined,
): boolean {
  const only = typeName !== undefined ? ROLE_ONLY[typeName] : undefined;
  return !only || !viewer || viewer.role === 'SERVICE' || only.includes(viewer.role);
}

/** FORBIDDEN unless the caller's role may read this type (see ROLE_ONLY). */
export function assertRoleAdmits(
  viewer: Viewer | null | undefined,
  typeName: string | undefined,
): void {
  if (!roleAdmits(viewer, typeName))
    throw new ForbiddenError(`a ${viewer!.role} caller may not read ${typeName}`);
}
