import { GraphQLError } from 'graphql';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { subgraphFetcher } from './subgraph-fetcher';
import type { Viewer } from '../shared/viewer';
import type { Metrics } from '../shared/observability';
import { PROOF_HEADER, signProof } from '../shared/auth/gateway-proof';
import { WRITTEN_PLACES_EXTENSION } from '../shared/auth/write-rule';
import { InflightFetches } from './inflight';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens now; the URLs inside the supergraph are only defaults. */
  subgraphUrls: Record<string, string>;
  /** The secret the gateway signs its proof with; every subgraph holds the same one. */
  gatewaySecret: string;
  /** Milliseconds one subgraph fetch may take before its fields come back null with SUBGRAPH_TIMEOUT. */
  timeoutMs?: number;
  /** Per-subgraph overrides of timeoutMs. */
  subgraphTimeoutMs?: Record<string, number | undefined>;
  /** Share identical subgraph query fetches in flight at the same moment (GATEWAY_DEDUP; default on). */
  dedup?: boolean;
}

/** What the data sources tell the rest of the gateway: a write passed through, at these places (null: anywhere). */
export type WriteListener = (places: string[] | null) => void;

export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
  /** The signed proof for this request, made once and sent to every subgraph call. */
  proof?: Promise<string>;
}

/**
 * One subgraph as the gateway sees it: forwards the request id and the signed caller, gives up after
 * its timeout, and turns any failure into an error that names the subgraph and carries a code, so a
 * partial answer says exactly what is missing.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
    private readonly metrics: Metrics | undefined,
    private readonly inflight: InflightFetches | undefined,
    private readonly onWrite: WriteListener,
  ) {
    super({ url, fetcher: subgraphFetcher(timeoutMs) });
  }

  async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const ctx = context as Partial<GatewayContext> | undefined;
    if (ctx?.requestId) request.http?.headers.set('x-request-id', ctx.requestId);
    if (ctx?.viewer) {
      ctx.proof ??= proofFor(this.secret, ctx.viewer);
      request.http?.headers.set(PROOF_HEADER, await ctx.proof);
    }
  }

  /** A body that is not JSON is the subgraph's failure, named as such. */
  async parseBody(response: FetcherResponse): Promise<object> {
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new GraphQLError(`subgraph ${this.subgraph} answered ${response.status} without JSON`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraph },
      });
    }
  }

  /** A refusal keeps the subgraph's own code (UNAUTHENTICATED from the proof check, ...) and names the subgraph. */
  async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response)) as {
      errors?: {
        message?: string;
        extensions?: { code?: string; field?: unknown; scalar?: unknown };
      }[];
    };
    const first = body.errors?.[0];
    const code =
      first?.extensions?.code ??
      (response.status === 401 ? 'UNAUTHENTICATED' : 'SUBGRAPH_UNAVAILABLE');
    // A value the subgraph's scalars refuse (2026-13-45) is the caller's own input: its message and
    // extensions name the field (shared/scalar-fields.ts).
    const input = code === 'BAD_USER_INPUT' ? first : undefined;
    const named =
      typeof input?.extensions?.field === 'string'
        ? { field: input.extensions.field, scalar: input.extensions.scalar }
        : {};
    return new GraphQLError(
      input?.message || `subgraph ${this.subgraph} refused the request (${response.status})`,
      { extensions: { ...named, code, subgraph: this.subgraph } },
    );
  }

  /**
   * One fetch: a query may share an identical fetch in flight (InflightFetches); a mutation never
   * does, and its answer tells the gateway where it wrote (the subgraph's writtenPlaces extension).
   */
  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const incoming =
      'incomingRequestContext' in options
        ? options.incomingRequestContext.operation?.operation
        : undefined;
    const query = options.request.query ?? '';
    if (incoming === 'mutation' || /^\s*mutation\b/.test(query)) return this.write(options);
    const viewer = (options.context as Partial<GatewayContext> | undefined)?.viewer;
    if (!this.inflight || incoming !== 'query' || !viewer) return this.fetch(options);
    const key = InflightFetches.key(this.subgraph, query, options.request.variables, viewer);
    return this.inflight.run(
      key,
      () => this.fetch(options),
      () => this.metrics?.subgraphShared.inc({ subgraph: this.subgraph }),
    );
  }

  /** A fetch of a mutation: its places (or, when it names none or fails, everywhere) are reported as written. */
  private async write(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    let places: string[] | null = null;
    try {
      const response = await this.fetch(options);
      const named = response.extensions?.[WRITTEN_PLACES_EXTENSION];
      if (Array.isArray(named) && named.every((p) => typeof p === 'string')) places = named;
      return response;
    } finally {
      this.onWrite(places);
    }
  }

  private async fetch(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const response = await super.process(options);
      this.metrics?.subgraphFetch.observe({ subgraph: this.subgraph, outcome: 'ok' }, seconds());
      return response;
    } catch (err) {
      const timedOut = /timeout|aborted/i.test(`${(err as Error).name} ${(err as Error).message}`);
      this.metrics?.subgraphFetch.observe(
        { subgraph: this.subgraph, outcome: timedOut ? 'timeout' : 'error' },
        seconds(),
      );
      if (
        err instanceof GraphQLError &&
        err.extensions?.code &&
        !String(err.message).startsWith('request to')
      )
        throw err;
      throw new GraphQLError(
        timedOut
          ? `subgraph ${this.subgraph} did not answer within ${this.timeoutMs} ms`
          : `subgraph ${this.subgraph} is unavailable`,
        {
          extensions: {
            code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE',
            subgraph: this.subgraph,
          },
        },
      );
    }
  }
}

const proofs = new Map<string, { token: Promise<string>; until: number }>();

/** One signed proof per caller, reused while it has more than 20 of its 60 seconds left. */
function proofFor(secret: string, viewer: Viewer): Promise<string> {
  const key = `${viewer.sub}|${viewer.role}|${viewer.regionPrefix}|${viewer.departmentCode ?? ''}`;
  const now = Date.now();
  const hit = proofs.get(key);
  if (hit && hit.until > now) return hit.token;
  if (proofs.size > 10_000) proofs.clear();
  const token = signProof(secret, viewer, 60);
  proofs.set(key, { token, until: now + 40_000 });
  return token;
}

/**
 * The gateway serves the checked-in supergraph; it never introspects subgraphs at start-up, so a
 * subgraph that is down at boot cannot keep the gateway from serving the others, and a subgraph that
 * comes back is used again on the next request.
 */
export function createApolloGateway(
  opts: GatewayOptions,
  metrics?: Metrics,
  onWrite: WriteListener = () => {},
): ApolloGateway {
  const seen = new WeakSet<object>();
  const inflight = opts.dedup === false ? undefined : new InflightFetches();
  // Later queries never join a fetch that started before a write.
  const written: WriteListener = (places) => {
    inflight?.forget();
    onWrite(places);
  };
  return new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    // Plans counted through the documented hook: a plan served from the cache is the same object again.
    experimental_didResolveQueryPlan: ({ queryPlan }) => {
      if (!metrics || seen.has(queryPlan)) return;
      seen.add(queryPlan);
      metrics.plansBuilt.inc();
    },
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        opts.subgraphUrls[name] ?? url!,
        opts.gatewaySecret,
        opts.subgraphTimeoutMs?.[name] ?? opts.timeoutMs ?? 5000,
        metrics,
        inflight,
        written,
      ),
  });
}
