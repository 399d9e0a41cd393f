import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { createGraphQLHttpServer } from '../shared/http';
import { requestIdFrom } from '../shared/context';
import type { TokenVerifier } from '../shared/auth/tokens';
import { createApolloGateway, type GatewayContext, type GatewayOptions } from './gateway';
import { armor, clientErrorStatusPlugin, pageSizePlugin, tokenLimit, DEFAULT_LIMITS, type QueryLimits } from './limits';
import { mountExplorer } from './explorer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

export interface GatewayServerOptions extends GatewayOptions {
  verifyToken: TokenVerifier;
  limits?: QueryLimits;
  introspection?: boolean;
}

/** Every request must carry a valid bearer token; the error is a 401 with a code, before any planning. */
async function viewerOf(req: Request, verify: TokenVerifier) {
  const header = req.headers.authorization;
  const token = header?.match(/^Bearer\s+(.+)$/i)?.[1];
  try {
    if (!token) throw new Error('a bearer token is required (Authorization: Bearer <token>)');
    return await verify(token);
  } catch (err) {
    throw new GraphQLError((err as Error).message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** The gateway without listening, so tests start it on port 0 in front of subgraphs on port 0. */
export async function createGatewayServer(opts: GatewayServerOptions) {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const protection = armor(limits);
  return createGraphQLHttpServer<GatewayContext>({
    name: 'gateway',
    gateway: createApolloGateway(opts),
    introspection: opts.introspection ?? true,
    bodyLimit: limits.bodyBytes,
    beforeGraphQL: [tokenLimit(limits.tokens)],
    validationRules: protection.validationRules,
    plugins: [...(protection.plugins as any[]), pageSizePlugin(), clientErrorStatusPlugin(), ApolloServerPluginLandingPageDisabled()],
    routes: mountExplorer,
    context: async ({ req }: { req: Request }) => ({ requestId: requestIdFrom(req.headers), viewer: await viewerOf(req, opts.verifyToken) }),
  });
}
