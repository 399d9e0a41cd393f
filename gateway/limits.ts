import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  visit,
  type DocumentNode,
  type ValueNode,
} from 'graphql';
import type { RequestHandler } from 'express';
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

export const DEFAULT_LIMITS: QueryLimits = {
  depth: 12,
  aliases: 30,
  tokens: 5000,
  cost: 20000,
  bodyBytes: 262144,
};

/** graphql-armor's parse- and validation-time limits: abusive documents never reach the query planner. */
export function armor(limits: QueryLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.depth, ignoreIntrospection: true },
    maxAliases: { n: limits.aliases },
    // Counted by tokenLimit() below instead: armor's Apollo variant answers an overlong document with a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.cost, ignoreIntrospection: true },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

const PAGE_ARGS = new Set(['limit', 'first']);

function tooLarge(value: ValueNode, variables: Record<string, unknown> | undefined): number | null {
  const n =
    value.kind === Kind.INT
      ? Number(value.value)
      : value.kind === Kind.VARIABLE
        ? Number(variables?.[value.name.value])
        : NaN;
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
              if (found === null && PAGE_ARGS.has(node.name.value))
                found = tooLarge(node.value, request.variables);
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

const CLIENT_ERRORS = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_USER_INPUT',
]);

/** A query refused for its shape is the client's error: 400, never a 500 (graphql-armor's alias check throws one). */
export function clientErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          if (body.kind !== 'single' || !body.singleResult.errors?.length || body.singleResult.data)
            return;
          if (body.singleResult.errors.every((e) => CLIENT_ERRORS.has(String(e.extensions?.code))))
            response.http.status = 400;
        },
      };
    },
  };
}

/** Tokens in a document, counted by the GraphQL lexer without building the AST; stops at `max + 1`. */
export function countTokens(source: string, max: number): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++n > max) break;
  } catch {
    return n; // a syntax error: let the parser report it with its own message
  }
  return n;
}

/** Refuses documents over the token limit before Apollo parses them: a 400 with a code, in microseconds. */
export function tokenLimit(max: number): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && countTokens(query, max) > max) {
      res.status(400).json({
        errors: [
          {
            message: `the document has more than ${max} tokens`,
            extensions: { code: 'QUERY_REJECTED' },
          },
        ],
      });
      return;
    }
    next();
  };
}
