import { readFileSync } from 'node:fs';
import type { DemoCity } from '../../services/demo-city';
import type { SubgraphModule } from '../../shared/service';
import { SUBGRAPHS } from '../../services/registry';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { createGatewayServer, type GatewayServerOptions } from '../../gateway/server';
import type { QueryLimits } from '../../gateway/limits';
import { createTestDb, type TestDb } from './db';
import { delayProxy, type DelayProxy } from './delay-proxy';
import { TEST_GATEWAY_SECRET, TEST_JWT, bearer } from './auth';
import { createTokenVerifier } from '../../shared/auth/tokens';
import { postGraphQL, startSubgraph, type GraphQLResponse, type RunningSubgraph } from './subgraph';

export { postGraphQL, startSubgraph, type GraphQLResponse, type RunningSubgraph } from './subgraph';

export interface TestGateway {
  url: string;
  stats: { requests: number };
  close(): Promise<void>;
}

export interface Stack {
  db: TestDb;
  gateway: TestGateway;
  /** Another gateway over the same subgraphs, for a test that stops or reconfigures its own. */
  startGateway(overrides?: Partial<GatewayServerOptions>): Promise<TestGateway>;
  subgraphs: Record<string, RunningSubgraph>;
  gatewayUrl: string;
  query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  resetCounters(): void;
  counts(): Record<string, number>;
  close(): Promise<void>;
}

/** Every subgraph on port 0, seeded, and the real gateway serving the checked-in supergraph in front. */
export async function startStack(
  city?: DemoCity,
  opts: {
    batch?: boolean;
    modules?: SubgraphModule[];
    limits?: QueryLimits;
    /** Gateway settings to override (timeouts, ...). */
    gateway?: Partial<GatewayServerOptions>;
    /** Where the gateway should reach a subgraph, e.g. through a delaying proxy. */
    routeTo?: (name: string, url: string) => string;
  } = {},
): Promise<Stack> {
  const db = createTestDb();
  const modules = opts.modules ?? SUBGRAPHS;
  const subgraphs: Record<string, RunningSubgraph> = {};
  for (const mod of modules)
    subgraphs[mod.name] = await startSubgraph(mod, db, city, opts.batch ?? true);
  const startGateway = async (
    overrides: Partial<GatewayServerOptions> = {},
  ): Promise<TestGateway> => {
    const server = await createGatewayServer({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: Object.fromEntries(
        Object.values(subgraphs).map((s) => [s.name, opts.routeTo?.(s.name, s.url) ?? s.url]),
      ),
      gatewaySecret: TEST_GATEWAY_SECRET,
      verifyToken: await createTokenVerifier({ ...TEST_JWT, algorithm: 'HS256' }),
      limits: opts.limits,
      ...opts.gateway,
      ...overrides,
    });
    const listening = await server.listen(0);
    return { url: listening.url, stats: server.stats, close: () => listening.close() };
  };
  const gw = await startGateway();
  const admin = await bearer('CITY_ADMIN', '');
  return {
    db,
    subgraphs,
    gatewayUrl: gw.url,
    gateway: gw,
    startGateway,
    // Without headers a query runs as a whole-city CITY_ADMIN; pass `bearer(...)` headers to act as someone else.
    query: async (q, v, h) => (await postGraphQL(gw.url, q, v, h ?? admin)).body,
    resetCounters: () => Object.values(subgraphs).forEach((s) => s.counter.reset()),
    counts: () =>
      Object.fromEntries(Object.values(subgraphs).map((s) => [s.name, s.counter.statements])),
    close: async () => {
      await gw.close();
      for (const s of Object.values(subgraphs)) {
        await s.listening.close();
        await s.dataSource.destroy();
      }
      await db.drop(Object.keys(subgraphs));
    },
  };
}

export interface ProxiedStack extends Stack {
  /** The proxy the gateway reaches `subgraph` through; closed with the stack. */
  proxy: DelayProxy;
}

/** The stack with one subgraph behind a proxy that delays (`delayMs`) or holds its requests on demand. */
export async function startStackBehindProxy(
  subgraph: string,
  city: DemoCity,
  opts: Omit<NonNullable<Parameters<typeof startStack>[1]>, 'routeTo'> & {
    delayMs?: () => number;
  } = {},
): Promise<ProxiedStack> {
  let target = '';
  const proxy = await delayProxy(() => target, opts.delayMs ?? (() => 0));
  const stack = await startStack(city, {
    ...opts,
    routeTo: (name, url) => (name === subgraph ? ((target = url), proxy.url) : url),
  });
  return {
    ...stack,
    proxy,
    close: async () => {
      await proxy.close();
      await stack.close();
    },
  };
}
