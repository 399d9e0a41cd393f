import type { DemoCity } from '../../services/demo-city';
import { partyService } from '../../services/party/service';
import { createTestDb } from '../helpers/db';
import {
  postGraphQL,
  startSubgraph,
  type GraphQLResponse,
  type RunningSubgraph,
} from '../helpers/stack';

export interface RunningParty {
  party: RunningSubgraph;
  /** POSTs to the party subgraph itself, with the gateway's SERVICE proof the stack helpers add. */
  gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/** The party subgraph on port 0 over a fresh database seeded with `city`. */
export async function startParty(city: DemoCity): Promise<RunningParty> {
  const db = createTestDb();
  const party = await startSubgraph(partyService, db, city);
  return {
    party,
    gql: async (q, v) => (await postGraphQL(party.url, q, v)).body,
    close: async () => {
      await party.listening.close();
      await party.dataSource.destroy();
      await db.drop(['party']);
    },
  };
}

/** The error code of the first error, for refusals. */
export const codeOf = (r: GraphQLResponse): string | undefined => r.errors?.[0]?.extensions?.code;
