import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from './loaders';
import type { Viewer } from './viewer';

/** What every subgraph resolver can rely on; each subgraph adds its own `loaders`. */
export interface BaseContext<L> {
  requestId: string;
  dataSource: DataSource;
  loaders: L;
  /** The verified caller; null until the gateway's proof is checked (see shared/auth). */
  viewer: Viewer | null;
}

export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

/** Fresh loaders per request: a process-wide loader would serve stale rows across requests. */
export function contextFactory<L>(
  dataSource: DataSource,
  createLoaders: (ds: DataSource, options: LoaderOptions) => L,
  loaderOptions: LoaderOptions,
) {
  return async ({ req }: { req: { headers: IncomingHttpHeaders } }): Promise<BaseContext<L>> => ({
    requestId: requestIdFrom(req.headers),
    dataSource,
    loaders: createLoaders(dataSource, loaderOptions),
    viewer: null,
  });
}
