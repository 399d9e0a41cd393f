import type { DemoCity } from '../../services/demo-city';
import type { SubgraphModule } from '../../shared/service';
import { createTestDb } from './db';
import { forThisFile } from './for-this-file';
import { postGraphQL, startSubgraph, type GraphQLResponse, type RunningSubgraph } from './subgraph';

/**
 * One subgraph alone on port 0 over its own fresh database (optionally seeded with a demo city),
 * with a client bound to it. The one harness every subgraph's tests use; requests carry the
 * gateway's SERVICE proof unless a test sends its own.
 */
export interface Harness {
  running: RunningSubgraph;
  /** The answer as it came (data and errors), for tests that look at both. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The data; fails with the query and the whole answer when there is any GraphQL error. */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The errors; fails with the query and the answer unless the first error has this code. */
  refused(
    query: string,
    variables: Record<string, unknown> | undefined,
    code: string,
  ): Promise<any[]>;
  close(): Promise<void>;
}

const show = (query: string, variables: unknown, body: unknown) =>
  `\nquery: ${query.trim()}\nvariables: ${JSON.stringify(variables)}\nanswer: ${JSON.stringify(body)}`;

export async function startHarness(
  service: SubgraphModule,
  opts: { city?: DemoCity; batch?: boolean; peers?: SubgraphModule[] } = {},
): Promise<Harness> {
  const db = createTestDb();
  const running = await startSubgraph(service, db, opts.city, opts.batch ?? true);
  // Subgraphs it asks inside its writes (shared/peer.ts), beside it over the same city.
  const peers: RunningSubgraph[] = [];
  for (const peer of opts.peers ?? []) peers.push(await startSubgraph(peer, db, opts.city));
  const gql = async (query: string, variables?: Record<string, unknown>) =>
    (await postGraphQL(running.url, query, variables)).body;
  return {
    running,
    gql,
    ok: async (query, variables) => {
      const body = await gql(query, variables);
      if (body.errors) throw new Error(`unexpected GraphQL errors${show(query, variables, body)}`);
      return body.data;
    },
    refused: async (query, variables, code) => {
      const body = await gql(query, variables);
      const got = body.errors?.[0]?.extensions?.code;
      if (got !== code)
        throw new Error(`expected ${code}, got ${got}${show(query, variables, body)}`);
      return body.errors;
    },
    close: async () => {
      for (const s of [running, ...peers]) {
        await s.listening.close();
        await s.dataSource.destroy();
      }
      await db.drop([service.name, ...peers.map((p) => p.name)]);
    },
  };
}

/** The error code of the first error, for tests that expect a refusal. */
export const codeOf = (r: GraphQLResponse): string | undefined => r.errors?.[0]?.extensions?.code;

/**
 * One subgraph for the file that calls it (startHarness in its beforeAll, closed in its afterAll),
 * for tests that speak to the RunningSubgraph itself: its url, dataSource and counter.
 */
export const subgraphForThisFile = (
  service: SubgraphModule,
  opts: Parameters<typeof startHarness>[1] = {},
): RunningSubgraph & { close(): Promise<void> } =>
  forThisFile(async () => {
    const h = await startHarness(service, opts);
    return { ...h.running, close: h.close };
  });
