import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { createGraphQLHttpServer } from '../shared/http';
import { requestIdFrom } from '../shared/context';
import type { TokenVerifier } from '../shared/auth/tokens';
import { createApolloGateway, type GatewayContext, type GatewayOptions } from './gateway';
import { createMetrics } from '../shared/observability';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import {
  armor,
  clientErrorStatusPlugin,
  pageSizePlugin,
  tokenLimit,
  DEFAULT_LIMITS,
  type QueryLimits,
} from './limits';
import { mountExplorer, type ExplorerOptions } from './explorer';
import { demoTabs } from './explorer-tabs';
import { DEFAULT_SEED } from '../shared/demo/geography';
import { costPlugin, DEFAULT_COST_LIMITS, type CostLimits } from './cost';
import { mountOpen311 } from './open311';
import { mountCockpit } from './cockpit';
import { mountSheets } from './sheets/routes';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  IndicatorCache,
  indicatorCachePlugin,
  type IndicatorCacheOptions,
} from './indicator-cache';

export interface GatewayServerOptions extends GatewayOptions {
  verifyToken: TokenVerifier;
  limits?: QueryLimits;
  introspection?: boolean;
  /** Size bound of the automatic-persisted-query cache, in bytes. */
  apqCacheBytes?: number;
  /** Bearer token /metrics asks for (METRICS_TOKEN); open when unset. */
  metricsToken?: string;
  /** List-aware cost and response-size limits (gateway/cost.ts). */
  costLimits?: Partial<CostLimits>;
  /** The explorer's preloaded tabs and, in demo mode, its demo-token page (default: the default demo city). */
  explorer?: ExplorerOptions;
  /** Browser origins allowed by CORS (CORS_ORIGINS, comma-separated); closed when empty. */
  corsOrigins?: string[];
  /** The region indicator cache (INDICATOR_CACHE_TTL_MS, INDICATOR_CACHE_ENTRIES); off unless given with ttlMs > 0. */
  indicatorCache?: IndicatorCacheOptions;
}

/** Each subgraph's /health, asked with a short timeout: the gateway serves either way, this only reports. */
async function subgraphStates(urls: Record<string, string>) {
  const states = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1000) });
        return [name, res.ok ? 'up' : 'down'] as const;
      } catch {
        return [name, 'down'] as const;
      }
    }),
  );
  return Object.fromEntries(states);
}

/** Every request must carry a valid bearer token; the error is a 401 with a code, before any planning. */
async function viewerOf(req: Request, verify: TokenVerifier) {
  const header = req.headers.authorization;
  const token = header?.match(/^Bearer\s+(.+)$/i)?.[1];
  try {
    if (!token) throw new Error('a bearer token is required (Authorization: Bearer <token>)');
    return await verify(token);
  } catch (err) {
    throw new GraphQLError((err as Error).message, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}

/** The gateway without listening, so tests start it on port 0 in front of subgraphs on port 0. */
export async function createGatewayServer(opts: GatewayServerOptions) {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const protection = armor(limits);
  const metrics = createMetrics('gateway');
  const cache =
    opts.indicatorCache && opts.indicatorCache.ttlMs > 0
      ? new IndicatorCache(opts.indicatorCache)
      : undefined;
  // A write through this gateway drops the cached indicators of the regions it touched.
  const gateway = createApolloGateway(opts, metrics, (places) => cache?.invalidate(places));
  return createGraphQLHttpServer<GatewayContext>({
    name: 'gateway',
    gateway,
    metrics,
    metricsToken: opts.metricsToken,
    // Automatic persisted queries, with a bounded LRU so hashes cannot grow memory without end.
    persistedQueries: {
      cache: new InMemoryLRUCache({ maxSize: opts.apqCacheBytes ?? 16 * 1024 * 1024 }),
    },
    ready: async () => {
      const subgraphs = await subgraphStates(opts.subgraphUrls);
      // The gateway stays ready with a subgraph down: it answers with the others' data.
      return { ready: true, degraded: Object.values(subgraphs).includes('down'), subgraphs };
    },
    introspection: opts.introspection ?? true,
    corsOrigins: opts.corsOrigins,
    bodyLimit: limits.bodyBytes,
    beforeGraphQL: [tokenLimit(limits.tokens)],
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as any[]),
      pageSizePlugin(),
      costPlugin({ ...DEFAULT_COST_LIMITS, ...opts.costLimits }),
      clientErrorStatusPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // Last, so that it stores the answer the other plugins have finished with.
      ...(cache ? [indicatorCachePlugin(cache, metrics)] : []),
    ],
    // GraphiQL, the Open311 GeoReport v2 facade and the cockpit page, each calling this same gateway.
    routes: (app) => {
      mountExplorer(app, opts.explorer ?? { tabs: demoTabs('demo', DEFAULT_SEED) });
      mountOpen311(app);
      mountCockpit(app);
      mountSheets(app);
    },
    context: async ({ req }: { req: Request }) => ({
      requestId: requestIdFrom(req.headers),
      viewer: await viewerOf(req, opts.verifyToken),
    }),
  });
}
