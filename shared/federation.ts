import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { guardMiddleware } from './auth/policy';
import { assertEveryMutationRuled } from './auth/write-rule';

/** The federation spec every subgraph links; bump it here and recompose. */
export const FEDERATION_SPEC = 'https://specs.apollo.dev/federation/v2.12';

export const FEDERATION_IMPORTS = [
  '@key',
  '@shareable',
  '@external',
  '@requires',
  '@provides',
  '@override',
  '@inaccessible',
  '@tag',
  '@interfaceObject',
] as const;

export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (ref: any, ctx: any, info: any) => unknown }
>;

/**
 * Turns a type-graphql schema into an Apollo Federation 2 subgraph schema. The schema is printed
 * with its directives (plain printSchema drops `@key`) and the resolvers are carried across.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  // The jurisdiction and people guard runs before every field of every subgraph (shared/auth/policy).
  const schema = await buildSchema({
    validate: { forbidUnknownValues: false },
    ...options,
    globalMiddlewares: [guardMiddleware, ...(options.globalMiddlewares ?? [])],
    skipCheck: true,
  });
  // Every mutation declares who may make it and where it writes (shared/auth/write-rule).
  assertEveryMutationRuled(schema);
  const link = `extend schema @link(url: "${FEDERATION_SPEC}", import: [${FEDERATION_IMPORTS.map((d) => `"${d}"`).join(', ')}])`;
  const typeDefs = parse(`${link}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, ref] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...ref };
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as any });
}
