import { ConflictError } from './errors';

/** A unique index refused the row: SQLite says SQLITE_CONSTRAINT_UNIQUE, MySQL/MariaDB errno 1062. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as {
    code?: string;
    errno?: number;
    driverError?: { code?: string; errno?: number };
  };
  const d = e?.driverError ?? e;
  return (
    d?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    d?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    d?.code === 'ER_DUP_ENTRY' ||
    d?.errno === 1062
  );
}

/** Runs a write and turns a unique-index refusal into CONFLICT with the given message. */
export async function uniquely<T>(
  write: () => Promise<T>,
  message: string,
  details?: Record<string, unknown>,
): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(message, details);
    throw err;
  }
}
