import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../shared/data-source';
import type { SqlCounter } from '../../shared/sql-counter';
import type { SubgraphModule } from '../../shared/service';
import type { Listening } from '../../shared/http';
import type { DemoCity } from '../../services/demo-city';
import { SUBGRAPHS } from '../../services/registry';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { createGatewayServer, type GatewayServerOptions } from '../../gateway/server';
import type { QueryLimits } from '../../gateway/limits';
import { createTestDb, type TestDb } from './db';
import { TEST_GATEWAY_SECRET, TEST_JWT, bearer, proofHeader } from './auth';
import { createTokenVerifier } from '../../shared/auth/tokens';
import { setPeer } from '../../shared/peer';

export interface RunningSubgraph {
  name: string;
  url: string;
  dataSource: DataSource;
  counter: SqlCounter;
  listening: Listening;
  stats: { requests: number };
}

/** Loosely typed on purpose: tests read whatever came back and assert on it. */
export interface GraphQLResponse<T = any> {
  data?: T | any;
  errors?: any;
}

/** Subgraphs started by these helpers: requests to them carry a SERVICE proof unless the test says otherwise. */
const subgraphUrls = new Set<string>();

export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  opts: { proof?: boolean } = {},
) {
  const proof =
    subgraphUrls.has(url) && opts.proof !== false && !headers['x-gateway-proof']
      ? await proofHeader()
      : {};
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...proof, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse<T> };
}

/** A subgraph on port 0 over its own fresh database, optionally seeded with a demo city. */
export async function startSubgraph(
  mod: SubgraphModule,
  db: TestDb,
  city?: DemoCity,
  batch = true,
): Promise<RunningSubgraph> {
  const { dataSource, counter } = await createDataSource({
    service: mod.name,
    db: db.config,
    entities: mod.entities,
    migrations: mod.migrations,
  });
  if (city) await mod.seed(dataSource, city, () => {});
  const server = await mod.createServer(dataSource, { batch });
  const listening = await server.listen(0);
  subgraphUrls.add(listening.url);
  // Its peers ask it here inside their writes (shared/peer.ts), as they would at <NAME>_URL.
  setPeer(mod.name, listening.url);
  return {
    name: mod.name,
    url: listening.url,
    dataSource,
    counter,
    listening,
    stats: server.stats,
  };
}

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
