import type { Request } from 'express';
import { Open311Error, fromGraphQL } from './errors';

/** The caller's own token: `Authorization: Bearer …`, or `api_key` as GeoReport clients send it. */
export function tokenOf(req: Request): string {
  const header = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  const key = (req.query.api_key ??
    (req.body as Record<string, unknown> | undefined)?.api_key) as unknown;
  const token = header ?? (typeof key === 'string' && key ? key : undefined);
  if (!token)
    throw new Open311Error(
      401,
      'a bearer token is required (Authorization: Bearer <token>, or api_key)',
    );
  return token;
}

export type GraphUrl = string | ((req: Request) => string);

/** Without a configured URL, the gateway this router is mounted on, over the connection's own local address. */
export const selfUrl = (req: Request): string => {
  const addr = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  return `http://${addr.includes(':') ? `[${addr}]` : addr}:${req.socket.localPort}/graphql`;
};

/**
 * Runs a query through the gateway with the caller's token, so the same authentication, jurisdiction
 * and masking apply as to any GraphQL client. `allow` lists error codes the caller handles itself.
 */
export async function graph<T>(
  req: Request,
  url: GraphUrl,
  query: string,
  variables: Record<string, unknown> = {},
  allow: string[] = [],
): Promise<{ data: T; errors: { message: string; extensions?: { code?: string } }[] }> {
  const target = typeof url === 'function' ? url(req) : url;
  const token = tokenOf(req);
  let res: globalThis.Response;
  try {
    res = await fetch(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(req.headers['x-request-id']
          ? { 'x-request-id': String(req.headers['x-request-id']) }
          : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new Open311Error(502, 'the graph is not reachable');
  }
  const body = (await res.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const errors = body.errors ?? [];
  if (res.status === 401) throw new Open311Error(401, errors[0]?.message ?? 'unauthenticated');
  const unhandled = errors.filter((e) => !allow.includes(e.extensions?.code ?? ''));
  if (!body.data || unhandled.length)
    throw fromGraphQL(
      unhandled.length ? unhandled : errors.length ? errors : [{ message: `HTTP ${res.status}` }],
    );
  return { data: body.data, errors };
}
