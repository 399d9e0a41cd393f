import type { EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import type { Role } from '../../shared/viewer';
import { ForbiddenError, ConflictError, BadUserInputError } from '../../shared/errors';
import { assertWithin } from '../../shared/auth/policy';
import { writeTransaction, affectedRows } from '../../shared/tx';
import type { AccountabilityContext } from './context';

/** Roles that speak for a street or community office; SERVICE is the gateway's own identity. */
export const OFFICES: Role[] = ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'SERVICE'];
/** Roles that review and assess (the level above): the city and the street. */
export const REVIEWERS: Role[] = ['CITY_ADMIN', 'STREET_STAFF', 'SERVICE'];
/** The organisation department and the district: posts cadres, decides admissions. */
export const CITY: Role[] = ['CITY_ADMIN', 'SERVICE'];

/** Role, then jurisdiction: refused with FORBIDDEN before anything is written. */
export function authorize(
  ctx: AccountabilityContext,
  roles: Role[],
  code: string,
  what: string,
  action: string,
): void {
  if (!roles.includes(ctx.viewer.role))
    throw new ForbiddenError(`role ${ctx.viewer.role} may not ${action}`);
  assertWithin(ctx.viewer, code, what);
}

/**
 * Every accountability write: `check` runs inside the transaction before the first write
 * (it may read the target row), so a refusal leaves nothing stored anywhere.
 */
export function guardedWrite<T, C>(
  ctx: AccountabilityContext,
  check: (em: EntityManager) => Promise<C> | C,
  work: (em: EntityManager, checked: C) => Promise<T>,
): Promise<T> {
  return writeTransaction(ctx.dataSource, async (em) => work(em, await check(em)));
}

/** Loads a row the mutation targets, or BAD_USER_INPUT naming the field. */
export async function requireRow<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  id: number,
  field: string,
  what: string,
): Promise<T> {
  const row = await em.findOneBy(target, { id } as any);
  if (!row) throw new BadUserInputError(`${what} ${id} does not exist`, { field });
  return row;
}

/** A conditional UPDATE that lost a race or found the row in another state: CONFLICT, nothing changed. */
export async function updateWhere<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  where: string,
  params: Record<string, unknown>,
  set: Partial<T>,
  conflict: string,
): Promise<void> {
  const result = await em
    .createQueryBuilder()
    .update(target)
    .set(set as any)
    .where(where, params)
    .execute();
  if (affectedRows(result) !== 1) throw new ConflictError(conflict);
}

/** Dates are YYYY-MM-DD strings; a later stage may not precede an earlier one. */
export function assertNotBefore(later: string, earlier: string, field: string): void {
  if (later < earlier)
    throw new BadUserInputError(`${field} ${later} is before ${earlier}`, { field });
}
