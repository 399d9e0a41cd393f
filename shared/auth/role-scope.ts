import type { Role, Viewer } from '../viewer';

/**
 * The README's role table for the two roles that do not see everything under their region: the
 * types of rows they may list at all. Other roles see every type inside their jurisdiction.
 */
export const NARROW_SCOPES: Partial<Record<Role, readonly string[]>> = {
  // A department's system: the cases dispatched to it and the grids they stand in (its visibility rules cut both further).
  // What concerns it: the change feed of those cases, its own row of the whistle assessment, its own task admissions.
  DEPARTMENT: ['Case', 'Grid', 'CaseChange', 'DepartmentPerformance', 'TaskAdmission'],
  // An analyst: places, their indicators and counts, and rankings; no list of records, let alone of people.
  // The whistle assessment is a roll-up per department (counts and rates), not a list of people.
  ANALYST: ['Region', 'Grid', 'PropertyCompanyRank', 'DepartmentPerformance'],
};

/** Whether rows of this GraphQL type may be listed by the caller at all (before jurisdiction cuts them). */
export function scopeOpens(
  viewer: Viewer | null | undefined,
  typeName: string | undefined,
): boolean {
  const open = viewer ? NARROW_SCOPES[viewer.role] : undefined;
  return !open || (typeName !== undefined && open.includes(typeName));
}
