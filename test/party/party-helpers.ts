import type { DemoCity } from '../../services/demo-city';
import { partyService } from '../../services/party/service';
import { startHarness, type Harness } from '../helpers/harness';
import type { Role } from '../../shared/viewer';
import { proofHeader } from '../helpers/auth';
import { postGraphQL, type GraphQLResponse, type RunningSubgraph } from '../helpers/subgraph';

export { codeOf } from '../helpers/harness';

/** The party subgraph on port 0 over a fresh database seeded with `city` (the shared harness). */
export interface RunningParty extends Harness {
  party: RunningSubgraph;
  /** The answer to `query` asked as a `role` of `region` (with the gateway's proof for that viewer). */
  as(role: Role, region: string, query: string, variables?: object): Promise<GraphQLResponse>;
  /** The rows in a party table now. */
  count(table: string): Promise<number>;
}

export async function startParty(city: DemoCity): Promise<RunningParty> {
  const h = await startHarness(partyService, { city });
  return {
    ...h,
    party: h.running,
    as: async (role, region, query, variables = {}) =>
      (
        await postGraphQL(
          h.running.url,
          query,
          variables as Record<string, unknown>,
          await proofHeader({ sub: `test-${role}`, role, regionPrefix: region }),
        )
      ).body,
    count: async (table) =>
      Number((await h.running.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n),
  };
}
