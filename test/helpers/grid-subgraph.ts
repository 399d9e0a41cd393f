import { generateCity, type DemoCity } from '../../services/demo-city';
import { gridService } from '../../services/grid/service';
import { createTestDb, type TestDb } from './db';
import { postGraphQL, startSubgraph, type GraphQLResponse, type RunningSubgraph } from './stack';

/** The grid subgraph alone over a fresh demo city, with a small GraphQL client bound to it. */
export interface GridHarness {
  city: DemoCity;
  running: RunningSubgraph;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startGridHarness(seed = 7): Promise<GridHarness> {
  const city = generateCity('demo', seed);
  const db: TestDb = createTestDb();
  const running = await startSubgraph(gridService, db, city);
  return {
    city,
    running,
    gql: async (query, variables) => (await postGraphQL(running.url, query, variables)).body,
    close: async () => {
      await running.listening.close();
      await running.dataSource.destroy();
      await db.drop(['grid']);
    },
  };
}
