import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from './loaders';
import type { Viewer } from './viewer';
import { viewerFromHeaders } from './auth/subgraph-auth';
import { currentScope } from './auth/request-scope';
import { GraphQLError } from 'graphql';

/** What every subgraph resolver can rely on; each subgraph adds its own `loaders`. */
export interface BaseContext<L> {
  requestId: string;
  dataSource: DataSource;
  loaders: L;
  /** The caller the gateway verified and vouched for (see shared/auth/gateway-proof). */
  viewer: Viewer;
}

export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

/** Fresh loaders per request: a process-wide loader would serve stale rows across requests. */
export function contextFactory<L>(
  dataSource: DataSource,
  createLoaders: (ds: DataSource, options: LoaderOptions, viewer: Viewer) => L,
  loaderOptions: LoaderOptions,
) {
  return async ({ req }: { req: { headers: IncomingHttpHeaders } }): Promise<BaseContext<L>> => {
    let viewer: Viewer;
    try {
      viewer = await viewerFromHeaders(req.headers);
    } catch (err) {
      // Refused before any resolver runs: a request that did not come through the gateway.
      throw new GraphQLError((err as Error).message, {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    const scope = currentScope();
    if (scope) scope.viewer = viewer;
    return {
      requestId: requestIdFrom(req.headers),
      dataSource,
      loaders: createLoaders(dataSource, loaderOptions, viewer),
      viewer,
    };
  };
}
