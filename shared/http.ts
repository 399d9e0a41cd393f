import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin, type BaseContext as ApolloContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { formatError } from './errors';

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface GraphQLHttpServerOptions<C extends ApolloContext> {
  name: string;
  schema?: GraphQLSchema;
  gateway?: GatewayInterface;
  context: (args: { req: express.Request }) => Promise<C>;
  plugins?: ApolloServerPlugin<C>[];
  introspection?: boolean;
  /** Extra routes (health, metrics, explorer) mounted before /graphql. */
  routes?: (app: express.Express) => void;
}

export interface GraphQLHttpServer<C extends ApolloContext> {
  apollo: ApolloServer<C>;
  app: express.Express;
  listen(port: number, host?: string): Promise<Listening>;
}

/**
 * One HTTP shape for every process: express + Apollo at /graphql, /health beside it, and a
 * drain plugin so that stopping waits for in-flight requests.
 */
export async function createGraphQLHttpServer<C extends ApolloContext>(
  opts: GraphQLHttpServerOptions<C>,
): Promise<GraphQLHttpServer<C>> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<C>({
    ...(opts.gateway ? { gateway: opts.gateway } : { schema: opts.schema! }),
    formatError: (formatted: unknown) => formatError(formatted as any) as any,
    includeStacktraceInErrorResponses: false,
    introspection: opts.introspection ?? true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Federated tracing costs every subgraph response; nothing here consumes it.
      ...(opts.gateway ? [] : [ApolloServerPluginInlineTraceDisabled()]),
      ...(opts.plugins ?? []),
    ],
  } as any);
  await apollo.start();
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: opts.name });
  });
  opts.routes?.(app);
  app.use('/graphql', express.json({ limit: '2mb' }), expressMiddleware(apollo, { context: opts.context }));
  return {
    apollo,
    app,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const actual = (httpServer.address() as AddressInfo).port;
          resolve({
            url: `http://${host}:${actual}/graphql`,
            port: actual,
            close: () => apollo.stop(),
          });
        });
      }),
  };
}
