import pino, { type Logger } from 'pino';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Logs and metrics for every process: one JSON line per GraphQL request (request id, operation,
 * duration, error codes — never variables, so no personal data), and Prometheus metrics on /metrics.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}

export interface Metrics {
  registry: Registry;
  requests: Counter<'operation'>;
  errors: Counter<'code'>;
  duration: Histogram<'operation'>;
  subgraphFetch: Histogram<'subgraph' | 'outcome'>;
  plansBuilt: Counter;
  subgraphShared: Counter<'subgraph'>;
  indicatorCache: Counter<'outcome'>;
}

export function createMetrics(service: string): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations served',
      labelNames: ['operation'],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors returned, by code',
      labelNames: ['code'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'Time to answer an operation',
      labelNames: ['operation'],
      registers: [registry],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    }),
    subgraphFetch: new Histogram({
      name: 'gateway_subgraph_fetch_duration_seconds',
      help: 'Time of each fetch the gateway makes to a subgraph',
      labelNames: ['subgraph', 'outcome'],
      registers: [registry],
      buckets: [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    }),
    plansBuilt: new Counter({
      name: 'gateway_query_plans_built_total',
      help: 'Query plans the gateway had to build (cache misses)',
      registers: [registry],
    }),
    subgraphShared: new Counter({
      name: 'gateway_subgraph_fetches_shared_total',
      help: 'Subgraph fetches not sent because an identical one was in flight (GATEWAY_DEDUP)',
      labelNames: ['subgraph'],
      registers: [registry],
    }),
    indicatorCache: new Counter({
      name: 'gateway_indicator_cache_total',
      help: 'Region indicator answers looked up in the gateway cache, by outcome (hit, miss, store)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  };
}

/** Who may read /metrics and how many operation names get their own series; set once per process from the env. */
export const metricsSettings = { token: undefined as string | undefined, maxOperations: 100 };

/**
 * The operation label, bounded: the first `maxOperations` distinct names get their own series, any
 * later one is counted as `other`, so clients cannot grow /metrics by inventing names.
 */
export function operationLabeller(
  max = () => metricsSettings.maxOperations,
): (name: string | null | undefined) => string {
  const known = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (known.has(name)) return name;
    if (known.size >= max() || !/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
    known.add(name);
    return name;
  };
}

/** Times and logs each request; the request id comes from the context (the gateway forwards it). */
export function observabilityPlugin<C extends BaseContext & { requestId?: string }>(
  log: Logger,
  metrics: Metrics,
): ApolloServerPlugin<C> {
  const label = operationLabeller();
  return {
    async contextCreationDidFail({ error }) {
      const code = String(
        (error as { extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      );
      metrics.errors.inc({ code });
      log.warn({ errors: [code] }, 'refused before execution');
    },
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const operation = label(operationName);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.requests.inc({ operation });
          metrics.duration.observe({ operation }, seconds);
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = (errors ?? body?.errors ?? []).map((e) =>
            String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          );
          for (const code of codes) metrics.errors.inc({ code });
          log[codes.length ? 'warn' : 'info'](
            {
              requestId: contextValue.requestId,
              operation,
              ms: Math.round(seconds * 1000),
              errors: codes,
            },
            'graphql',
          );
        },
      };
    },
  };
}
