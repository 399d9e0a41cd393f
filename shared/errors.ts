import { GraphQLError } from 'graphql';

/** The codes a client can branch on; every error we raise carries one of them. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, 'BAD_USER_INPUT', details);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, key: string | number) {
    super(`${what} ${key} does not exist`, 'NOT_FOUND', { entity: what });
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'outside your jurisdiction or role') {
    super(message, 'FORBIDDEN');
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'a valid bearer token is required') {
    super(message, 'UNAUTHENTICATED');
  }
}

/** Optimistic-concurrency loser: the client saw a stale version and must re-read. */
export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, 'CONFLICT', details);
  }
}

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'SUBGRAPH_UNAVAILABLE',
  'SUBGRAPH_TIMEOUT',
  'QUERY_REJECTED',
  'RESPONSE_TOO_LARGE',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * Apollo formatError hook: known errors pass through without stack traces; anything else
 * (a driver error, a bug) becomes a generic INTERNAL_SERVER_ERROR so no SQL, path or personal
 * data leaks to the caller.
 */
export function formatError(
  formatted: {
    message: string;
    extensions?: Record<string, unknown>;
    locations?: unknown;
    path?: unknown;
  },
  original?: unknown,
) {
  const status = (original as { extensions?: { http?: { status?: number } } } | undefined)
    ?.extensions?.http?.status;
  // Apollo's own request errors (a wrong persisted-query hash, ...) carry a 4xx status but no code.
  const given = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const code = given === 'INTERNAL_SERVER_ERROR' && status && status < 500 ? 'BAD_REQUEST' : given;
  const { stacktrace: _drop, exception: _drop2, ...rest } = formatted.extensions ?? {};
  const extensions = { ...rest, code };
  if (!KNOWN_CODES.has(code) || code === 'INTERNAL_SERVER_ERROR') {
    return {
      ...formatted,
      message: 'internal error',
      extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return { ...formatted, extensions };
}
