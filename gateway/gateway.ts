import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens now; the URLs inside the supergraph are only defaults. */
  subgraphUrls: Record<string, string>;
}

export interface GatewayContext {
  requestId: string;
}

/** Forwards the request id so one id follows a query through every subgraph. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const requestId = (context as Partial<GatewayContext> | undefined)?.requestId;
    if (requestId) request.http?.headers.set('x-request-id', requestId);
  }
}

/**
 * The gateway serves the checked-in supergraph; it never introspects subgraphs at start-up, so a
 * subgraph that is down at boot cannot keep the gateway from serving the others.
 */
export function createApolloGateway(opts: GatewayOptions): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource({ url: opts.subgraphUrls[name] ?? url }),
  });
}
