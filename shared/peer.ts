import { AppError } from './errors';
import { PROOF_HEADER } from './auth/gateway-proof';
import { signServiceProof } from './auth/subgraph-auth';
import type { ServiceName } from './subgraphs';

/**
 * A subgraph asking a peer subgraph a question inside a write (is this party member eligible in
 * that community? does this compound lie in that grid?): the peer owns the data, and no subgraph
 * reads another's database. The question goes to the peer's /graphql with a proof signed for the
 * asker's SERVICE identity (shared/auth/subgraph-auth), so the peer answers it under its own read
 * policy. Writes ask in writeTransaction's `before` step: after the place check, before the
 * transaction opens, so no lock waits on the network. A peer that cannot answer refuses the write
 * with SUBGRAPH_UNAVAILABLE, and nothing is written.
 */
export interface Peer {
  url: string;
  timeoutMs: number;
}

/** Like the gateway's SUBGRAPH_TIMEOUT_MS default. */
export const DEFAULT_PEER_TIMEOUT_MS = 5000;

const peers = new Map<string, Peer>();

/** Where a peer answers: set at start-up from the environment (runSubgraph), by tests for subgraphs on port 0. */
export function setPeer(name: string, url: string, timeoutMs = DEFAULT_PEER_TIMEOUT_MS): void {
  peers.set(name, { url, timeoutMs });
}

export function peerOf(name: string): Peer | undefined {
  return peers.get(name);
}

export class SubgraphUnavailableError extends AppError {
  constructor(subgraph: string, why: string) {
    super(
      `the ${subgraph} subgraph could not answer (${why}); nothing was written`,
      'SUBGRAPH_UNAVAILABLE',
      { subgraph },
    );
  }
}

/** Who asks: the asking subgraph (its SERVICE identity) and the request it serves, for the peer's logs. */
export interface Asker {
  from: ServiceName;
  requestId?: string;
}

interface Answer<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** Posts one query to the peer; any failure to answer (down, slow, an error) is SUBGRAPH_UNAVAILABLE. */
export async function askPeer<T>(
  peer: ServiceName,
  query: string,
  variables: Record<string, unknown>,
  asker: Asker,
): Promise<T> {
  const at = peers.get(peer);
  if (!at) throw new SubgraphUnavailableError(peer, 'its address is not configured');
  let response: Response;
  try {
    response = await fetch(at.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [PROOF_HEADER]: await signServiceProof(asker.from),
        ...(asker.requestId ? { 'x-request-id': asker.requestId } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(at.timeoutMs),
    });
  } catch (err) {
    const timedOut = /timeout|abort/i.test(`${(err as Error).name} ${(err as Error).message}`);
    throw new SubgraphUnavailableError(
      peer,
      timedOut ? `no answer within ${at.timeoutMs} ms` : 'unreachable',
    );
  }
  let body: Answer<T>;
  try {
    body = (await response.json()) as Answer<T>;
  } catch {
    throw new SubgraphUnavailableError(peer, `HTTP ${response.status} without a GraphQL answer`);
  }
  if (!response.ok || body.errors?.length || body.data == null)
    throw new SubgraphUnavailableError(
      peer,
      body.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`,
    );
  return body.data;
}

/**
 * One entity of the peer through federation's own lookup (`_entities`), or null when the peer has
 * no such row. `variables` maps a name to its GraphQL type and value, for arguments of `selection`.
 */
export async function peerEntity<T>(
  peer: ServiceName,
  representation: { __typename: string } & Record<string, unknown>,
  selection: string,
  asker: Asker,
  variables: Record<string, [type: string, value: unknown]> = {},
): Promise<T | null> {
  const defs = Object.entries(variables).map(([name, [type]]) => `, $${name}: ${type}`);
  const query = `query($r: [_Any!]!${defs.join('')}) { _entities(representations: $r) { ... on ${representation.__typename} { ${selection} } } }`;
  const values = Object.fromEntries(Object.entries(variables).map(([k, [, v]]) => [k, v]));
  const data = await askPeer<{ _entities: (T | null)[] }>(
    peer,
    query,
    { r: [representation], ...values },
    asker,
  );
  return data._entities?.[0] ?? null;
}
