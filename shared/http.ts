import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import {
  ApolloServer,
  type ApolloServerPlugin,
  type BaseContext as ApolloContext,
} from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { formatError } from './errors';
import { runInRequestScope } from './auth/request-scope';
import {
  createLogger,
  createMetrics,
  metricsSettings,
  observabilityPlugin,
  type Metrics,
} from './observability';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { Counter } from 'prom-client';
import { SqlCounter } from './sql-counter';
import cors from 'cors';
import { requestIdFrom } from './context';
import { scalarFieldsPlugin } from './scalar-fields';

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
  validationRules?: unknown[];
  /** Largest request body accepted, in bytes; larger ones get a coded JSON error, not an HTML page. */
  bodyLimit?: number;
  /** Checks on the parsed request body that run before Apollo sees it (gateway query limits). */
  beforeGraphQL?: express.RequestHandler[];
  /** Extra routes (explorer, REST facades) mounted before /graphql. */
  routes?: (app: express.Express, tools: { log: Logger; metrics: Metrics }) => void;
  /** What /ready reports beside `status`; throwing or `ready: false` makes it a 503. */
  ready?: () => Promise<{ ready: boolean } & Record<string, unknown>>;
  /** Made by the caller when it needs them before the server exists (the gateway's data sources). */
  metrics?: Metrics;
  persistedQueries?: unknown;
  /** A subgraph's database: /ready pings it and /metrics counts its SQL statements. */
  dataSource?: DataSource;
  /** Bearer token /metrics asks for; default the process-wide METRICS_TOKEN, open when neither is set. */
  metricsToken?: string;
  /** Adds process-specific metrics (SQL statements, plans built) to the registry. */
  instrument?: (metrics: Metrics) => void;
  /** Browser origins allowed to call (CORS); none by default, so no CORS header is ever sent. */
  corsOrigins?: string[];
}

export interface GraphQLHttpServer<C extends ApolloContext> {
  apollo: ApolloServer<C>;
  app: express.Express;
  /** GraphQL requests received, for tests that prove a request never reached this process. */
  stats: { requests: number };
  log: Logger;
  metrics: Metrics;
  listen(port: number, host?: string): Promise<Listening>;
}

/** Requests Node refuses before express sees them (oversized headers, bad framing) still get a coded JSON error. */
function answerClientErrors(server: http.Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({
      errors: [
        {
          message: tooLarge ? 'request headers are too large' : 'malformed HTTP request',
          extensions: { code: tooLarge ? 'QUERY_REJECTED' : 'BAD_REQUEST' },
        },
      ],
    });
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
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
  answerClientErrors(httpServer);
  const log = createLogger(opts.name);
  const metrics = opts.metrics ?? createMetrics(opts.name);
  opts.instrument?.(metrics);
  const ds = opts.dataSource;
  if (ds?.logger instanceof SqlCounter) {
    const sql = ds.logger;
    new Counter({
      name: 'sql_statements_total',
      help: "SQL statements sent to this subgraph's database",
      registers: [metrics.registry],
      collect() {
        this.reset();
        this.inc(sql.total);
      },
    });
  }
  const ready =
    opts.ready ??
    (ds
      ? async () => {
          await ds.query('SELECT 1');
          return { ready: true, database: 'up' };
        }
      : undefined);
  const apollo = new ApolloServer<C>({
    ...(opts.gateway ? { gateway: opts.gateway } : { schema: opts.schema! }),
    formatError: (formatted: unknown, error: unknown) =>
      formatError(formatted as any, error) as any,
    includeStacktraceInErrorResponses: false,
    // Our main() owns SIGINT/SIGTERM: it drains, closes the database and exits 0.
    stopOnTerminationSignals: false,
    introspection: opts.introspection ?? true,
    validationRules: opts.validationRules ?? [],
    ...(opts.persistedQueries !== undefined ? { persistedQueries: opts.persistedQueries } : {}),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Federated tracing costs every subgraph response; nothing here consumes it.
      ...(opts.gateway ? [] : [ApolloServerPluginInlineTraceDisabled()]),
      // No response here carries cache hints (no @cacheControl, no Cache-Control from them), and the
      // default cache-control plugin would otherwise hook every field of every subgraph answer.
      ApolloServerPluginCacheControlDisabled(),
      observabilityPlugin(log, metrics),
      // A domain scalar's refusal names the input field it was given for (shared/scalar-fields.ts).
      scalarFieldsPlugin(),
      ...(opts.plugins ?? []),
    ],
  } as any);
  await apollo.start();
  // Every response names its request (the caller's x-request-id if well-formed), logs and subgraph calls reuse it.
  app.use((req, res, next) => {
    const id = requestIdFrom(req.headers);
    req.headers['x-request-id'] = id;
    res.setHeader('x-request-id', id);
    next();
  });
  if (opts.corsOrigins?.length)
    app.use(cors({ origin: opts.corsOrigins, exposedHeaders: ['x-request-id'], maxAge: 600 }));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: opts.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      const report = (await ready?.()) ?? { ready: true };
      res.status(report.ready ? 200 : 503).json({ service: opts.name, ...report });
    } catch (err) {
      res.status(503).json({ service: opts.name, ready: false, reason: (err as Error).message });
    }
  });
  app.get('/metrics', async (req, res) => {
    // With METRICS_TOKEN set, a scraper must send it as a bearer token.
    const token = opts.metricsToken ?? metricsSettings.token;
    if (token && req.headers.authorization !== `Bearer ${token}`) {
      res.status(401).json({
        errors: [
          {
            message: 'metrics need the METRICS_TOKEN bearer token',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  opts.routes?.(app, { log, metrics });
  const stats = { requests: 0 };
  app.use('/graphql', (_req, _res, next) => {
    stats.requests += 1;
    // Each request gets its own scope for the caller (shared/auth/request-scope).
    runInRequestScope(next);
  });
  app.use(
    '/graphql',
    express.json({ limit: opts.bodyLimit ?? 2 * 1024 * 1024 }),
    ...(opts.beforeGraphQL ?? []),
    expressMiddleware(apollo, { context: opts.context }),
  );
  app.use(
    (
      err: { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (!err?.status) return next(err);
      const tooLarge = err.type === 'entity.too.large';
      res.status(err.status).json({
        errors: [
          {
            message: tooLarge ? 'request body is too large' : 'request body is not valid JSON',
            extensions: { code: tooLarge ? 'QUERY_REJECTED' : 'BAD_REQUEST' },
          },
        ],
      });
    },
  );
  return {
    apollo,
    app,
    stats,
    log,
    metrics,
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
