import type { Response } from 'express';
import { xmlOf, type Format } from './format';

/** A GeoReport-shaped error: the body is `[{ code, description }]` and the HTTP status is the code. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 500 | 502,
    description: string,
  ) {
    super(description);
  }
}

export function sendError(res: Response, err: Open311Error, format: Format = 'json'): void {
  const body = [{ code: err.status, description: err.message }];
  res.status(err.status);
  if (format === 'xml') res.type('application/xml; charset=utf-8').send(xmlOf('errors', body));
  else res.json(body);
}

/** GraphQL error codes from the gateway, as HTTP statuses a GeoReport client understands. */
const STATUS: Record<string, Open311Error['status']> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_REJECTED: 400,
};

/** A refusal says only that: the graph's message may name the code of the place, which a refusal must not reveal. */
const GENERIC: Partial<Record<number, string>> = {
  403: 'not permitted for your account',
  404: 'not found',
};

export function fromGraphQL(
  errors: { message: string; extensions?: { code?: string } }[],
): Open311Error {
  // The most telling error wins: authentication before authorisation before input.
  const order = [
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'BAD_USER_INPUT',
    'GRAPHQL_VALIDATION_FAILED',
    'QUERY_REJECTED',
  ];
  const pick =
    order.map((c) => errors.find((e) => e.extensions?.code === c)).find(Boolean) ?? errors[0];
  const status = STATUS[pick.extensions?.code ?? ''] ?? 500;
  return new Open311Error(
    status,
    status === 500 ? 'internal error' : (GENERIC[status] ?? pick.message),
  );
}
