import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_PAGE_SIZE } from '../shared/pagination';

export interface QueryLimits {
  depth: number;
  aliases: number;
  tokens: number;
  cost: number;
  bodyBytes: number;
}

export const DEFAULT_LIMITS: QueryLimits = { depth: 12, aliases: 30, tokens: 5000, cost: 20000, bodyBytes: 262144 };

/** graphql-armor's parse- and validation-time limits: abusive documents never reach the query planner. */
export function armor(limits: QueryLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.depth, ignoreIntrospection: true },
    maxAliases: { n: limits.aliases },
    maxTokens: { n: limits.tokens },
    costLimit: { maxCost: limits.cost, ignoreIntrospection: true },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

const PAGE_ARGS = new Set(['limit', 'first']);

function tooLarge(value: ValueNode, variables: Record<string, unknown> | undefined): number | null {
  const n = value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.VARIABLE ? Number(variables?.[value.name.value]) : NaN;
  return Number.isFinite(n) && n > MAX_PAGE_SIZE ? n : null;
}

/** Refuses page sizes over the cap before any subgraph is asked (subgraphs cap them again). */
export function pageSizePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          let found: number | null = null;
          visit(document as DocumentNode, {
            Argument(node) {
              if (found === null && PAGE_ARGS.has(node.name.value)) found = tooLarge(node.value, request.variables);
            },
          });
          if (found !== null) {
            throw new GraphQLError(`page size ${found} is over the limit of ${MAX_PAGE_SIZE}`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
