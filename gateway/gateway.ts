import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Viewer } from '../shared/viewer';
import { PROOF_HEADER, signProof } from '../shared/auth/gateway-proof';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens now; the URLs inside the supergraph are only defaults. */
  subgraphUrls: Record<string, string>;
  /** The secret the gateway signs its proof with; every subgraph holds the same one. */
  gatewaySecret: string;
}

export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
  /** The signed proof for this request, made once and sent to every subgraph call. */
  proof?: Promise<string>;
}

/** Forwards the request id and the verified caller, signed, so one id and one identity follow a query everywhere. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(config: { url: string }, private readonly secret: string) {
    super(config);
  }

  async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const ctx = context as Partial<GatewayContext> | undefined;
    if (ctx?.requestId) request.http?.headers.set('x-request-id', ctx.requestId);
    if (ctx?.viewer) {
      ctx.proof ??= signProof(this.secret, ctx.viewer);
      request.http?.headers.set(PROOF_HEADER, await ctx.proof);
    }
  }
}

/**
 * The gateway serves the checked-in supergraph; it never introspects subgraphs at start-up, so a
 * subgraph that is down at boot cannot keep the gateway from serving the others.
 */
export function createApolloGateway(opts: GatewayOptions): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource({ url: opts.subgraphUrls[name] ?? url! }, opts.gatewaySecret),
  });
}
