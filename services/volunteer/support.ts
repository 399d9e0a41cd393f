import { BadUserInputError, ConflictError } from '../../shared/errors';
import { writeTransaction } from '../../shared/tx';

/** An ID argument as the positive integer the tables use, or BAD_USER_INPUT. */
export function toId(value: string | number, field: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new BadUserInputError(`${field} "${value}" is not a valid id`, { field });
  return n;
}

/** toId for lookups: a malformed id finds nothing rather than failing the whole query. */
export const idOrNull = (value: string | number): number | null => {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** One transaction for a check-and-write, isolated on both databases (SQLite writers queue; see shared/tx). */
export const atomically = writeTransaction;

/** A unique index refused the write: someone else got there first. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Runs a write and turns a unique-index refusal into CONFLICT with the given message. */
export async function uniquely<T>(write: () => Promise<T>, message: string, details?: Record<string, unknown>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(message, details);
    throw err;
  }
}
