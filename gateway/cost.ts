import {
  GraphQLError,
  getNullableType,
  isListType,
  type GraphQLSchema,
  type DocumentNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';

/** The gateway's estimate of what a query costs, counted by the rows it can return (graphql-query-complexity). */
export interface CostLimits {
  /** Largest estimated cost accepted: each field costs 1, times the rows its list can hold. */
  listCost: number;
  /** Rows assumed for a list with no `limit` argument (a grid's compounds, a case's events). */
  listSize: number;
  /** Largest response body the gateway sends, in bytes. */
  responseBytes: number;
}

export const DEFAULT_COST_LIMITS: CostLimits = {
  listCost: 1_000_000,
  listSize: 20,
  responseBytes: 4 * 1024 * 1024,
};

const PAGE_TYPE = /Page$/;

/**
 * A field costs 1 plus its children, times the rows it returns: `limit`/`first` when given (a page
 * counts its `items` once), the number of keys for a list asked by keys, otherwise `listSize` for a
 * list and 1 for a single object.
 */
export function listAwareEstimator(listSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Introspection is bounded by the schema itself (and can be switched off with INTROSPECTION=false).
    if (field.name.startsWith('__')) return 0;
    const rows = Number(args.limit ?? args.first);
    if (Number.isFinite(rows) && rows > 0) return 1 + rows * childComplexity;
    const returnsList = isListType(getNullableType(field.type));
    if (!returnsList) return 1 + childComplexity;
    // A list asked by keys (gridsByCodes(codes: [...])) holds at most one row per key.
    const keys = Object.values(args).find(Array.isArray) as unknown[] | undefined;
    if (keys) return 1 + keys.length * childComplexity;
    // A page's `items` were already multiplied by the page's own `limit`.
    return 1 + (PAGE_TYPE.test(type.name) ? 1 : listSize) * childComplexity;
  };
}

export function estimateCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  listSize: number,
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query,
    variables: variables as Record<string, any>,
    operationName,
    estimators: [listAwareEstimator(listSize)],
  });
}

const refuse = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Refuses, before planning, a query whose lists could multiply into too many rows; and caps what a
 * request may send back, so one request cannot tie up the gateway with a megabyte answer.
 */
export function costPlugin(limits: CostLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, operationName }) {
          const cost = estimateCost(
            schema,
            document,
            limits.listSize,
            request.variables,
            operationName ?? undefined,
          );
          if (cost > limits.listCost)
            throw refuse(
              `the query's estimated cost ${cost} is over the limit of ${limits.listCost}`,
              'QUERY_REJECTED',
            );
        },
        async willSendResponse({ response }) {
          const body = response.body;
          if (body.kind !== 'single') return;
          const bytes = Buffer.byteLength(JSON.stringify(body.singleResult));
          if (bytes <= limits.responseBytes) return;
          body.singleResult = {
            errors: [
              {
                message: `the response (${bytes} bytes) is over the limit of ${limits.responseBytes} bytes; ask for fewer rows`,
                extensions: { code: 'RESPONSE_TOO_LARGE' },
              },
            ],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
