import { Arg, ID } from 'type-graphql';
import { BadUserInputError } from './errors';

/** GraphQL IDs arrive as strings; our rows are keyed by positive integers. BAD_USER_INPUT names the field. */
export function parseId(id: string | number, field: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new BadUserInputError(`${field} "${id}" is not a valid id`, { field });
  return n;
}

/** Like parseId, but a malformed id simply finds nothing (for lookups, where null is the answer). */
export function idOrNull(id: string | number): number | null {
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** The `id: ID!` argument of a query or mutation that takes one row's id: `@IdArg('小区编号 compound id') id: string`. */
export function IdArg(description: string, name = 'id'): ReturnType<typeof Arg> {
  return Arg(name, () => ID, { description });
}
