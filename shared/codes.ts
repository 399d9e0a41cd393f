import { BadUserInputError, ForbiddenError } from './errors';
import { currentScope } from './auth/request-scope';
import { assertRoleAdmits, scopeOpens } from './auth/role-scope';

/**
 * Division and grid codes are the spine of the graph: every row that belongs to a place stores
 * one, and a region or a jurisdiction is a code prefix. 6 digits city/district (GB/T 2260),
 * 9 street (GB/T 10114), 12 community, 15 grid.
 */
export const REGION_CODE_LENGTHS = [6, 9, 12] as const;
export const GRID_CODE_LENGTH = 15;

export function isRegionCode(code: string): boolean {
  return /^\d+$/.test(code) && (REGION_CODE_LENGTHS as readonly number[]).includes(code.length);
}

export function isGridCode(code: string): boolean {
  return /^\d{15}$/.test(code);
}

/** A code prefix the caller may filter by: a region code or a grid code. */
export function assertPrefix(prefix: string, what = 'code'): string {
  if (!/^\d+$/.test(prefix) || ![6, 9, 12, 15].includes(prefix.length)) {
    throw new BadUserInputError(
      `${what} "${prefix}" must be a 6-, 9- or 12-digit region code or a 15-digit grid code`,
      {
        field: what,
      },
    );
  }
  return prefix;
}

export function assertGridCode(code: string, what = 'gridCode'): string {
  if (!isGridCode(code))
    throw new BadUserInputError(`${what} "${code}" must be 15 digits`, { field: what });
  return code;
}

/**
 * The digits every code under a region shares. GB/T 2260 writes a city as 220600 and its districts
 * as 220602, 220605 ...; so a 6-digit code ending in 00 (city) or 0000 (province) covers what starts
 * with its first 4 (or 2) digits.
 */
export function regionPrefix(code: string): string {
  if (code.length !== 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/**
 * The half-open range [lo, hi) of every code under a region or grid code (see regionPrefix). A range, unlike LIKE, uses the index
 * on SQLite as well as MySQL, and digits collate in the same order under every collation.
 */
export function prefixRange(code: string): { lo: string; hi: string } {
  const prefix = regionPrefix(code);
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0');
  return { lo: prefix, hi: next.length > prefix.length ? '\u{10FFFF}' : next };
}

/**
 * The part of `prefix` the current caller may see: the narrower of the asked prefix and the
 * caller's jurisdiction; FORBIDDEN when they do not overlap. Outside a request, the prefix itself.
 */
export function jurisdictionPrefix(prefix: string): string {
  const viewer = currentScope()?.viewer;
  const asked = regionPrefix(prefix);
  const own = viewer ? regionPrefix(viewer.regionPrefix) : '';
  if (asked.startsWith(own)) return prefix;
  if (own.startsWith(asked)) return own;
  throw new ForbiddenError(`${prefix} is outside your jurisdiction`);
}

/**
 * The code range [lo, hi) of `prefix` cut to the caller's jurisdiction, for raw SQL (rankings over
 * rows); empty when the caller's scope does not open the listed type `rows` (see underPrefixSql),
 * FORBIDDEN when the type is one only other roles may read (ROLE_ONLY).
 */
export function jurisdictionRange(prefix: string, rows?: string): { lo: string; hi: string } {
  // A type only some roles read (shared/auth/role-scope ROLE_ONLY) refuses the others outright.
  assertRoleAdmits(currentScope()?.viewer, rows);
  const range = prefixRange(jurisdictionPrefix(prefix));
  return scopeOpens(currentScope()?.viewer, rows) ? range : { lo: range.lo, hi: range.lo };
}

/**
 * For a list that is not cut by a code prefix (a subtree, a registry search): no rows at all for a
 * DEPARTMENT or ANALYST caller whose scope does not open the listed type, as underPrefixSql does.
 */
export function scopeSql(rows: string): [string, Record<string, never>] {
  return scopeOpens(currentScope()?.viewer, rows) ? ['1 = 1', {}] : ['1 = 0', {}];
}

/**
 * `alias.column` restricted to a code prefix and to the caller's jurisdiction, for a TypeORM
 * where(); every list in every subgraph goes through here. Parameters are namespaced by `key`.
 * `rows` names the listed type: a DEPARTMENT or ANALYST caller gets no rows of a type its scope
 * does not open (shared/auth/role-scope), so a new list is closed to them unless it says otherwise.
 */
export function underPrefixSql(
  column: string,
  prefix: string,
  key = 'p',
  rows?: string,
): [string, Record<string, string>] {
  const { lo, hi } = jurisdictionRange(prefix, rows);
  if (!scopeOpens(currentScope()?.viewer, rows)) return ['1 = 0', {}];
  return [
    `${column} >= :${key}Lo AND ${column} < :${key}Hi`,
    { [`${key}Lo`]: lo, [`${key}Hi`]: hi },
  ];
}

/**
 * For rows that store both a grid code and a region code: filter by the grid code when the
 * (jurisdiction-narrowed) prefix is a grid, otherwise by the region code.
 */
export function underPlaceSql(
  gridColumn: string,
  regionColumn: string,
  prefix: string,
  key = 'p',
  rows?: string,
): [string, Record<string, string>] {
  const effective = jurisdictionPrefix(prefix);
  return underPrefixSql(
    effective.length === GRID_CODE_LENGTH ? gridColumn : regionColumn,
    effective,
    key,
    rows,
  );
}
