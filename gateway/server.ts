import type { Request } from 'express';
import { createGraphQLHttpServer } from '../shared/http';
import { requestIdFrom } from '../shared/context';
import { createApolloGateway, type GatewayContext, type GatewayOptions } from './gateway';

/** The gateway without listening, so tests start it on port 0 in front of subgraphs on port 0. */
export async function createGatewayServer(opts: GatewayOptions) {
  return createGraphQLHttpServer<GatewayContext>({
    name: 'gateway',
    gateway: createApolloGateway(opts),
    context: async ({ req }: { req: Request }) => ({ requestId: requestIdFrom(req.headers) }),
  });
}
