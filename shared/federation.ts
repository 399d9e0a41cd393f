import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  getNamedType,
  isInputObjectType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { guardSchema } from './auth/policy';
import { maskPersonalFields } from './personal-data';
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
  const schema = await buildSchema({
    validate: { forbidUnknownValues: false },
    ...options,
    skipCheck: true,
  });
  // Personal data is masked around its fields' resolvers (shared/personal-data); the jurisdiction and
  // people guard goes around every field of every subgraph, outside that and the field's own
  // middlewares (shared/auth/policy), before the resolvers are carried across.
  maskPersonalFields(schema);
  guardSchema(schema);
  // Every mutation declares who may make it and where it writes (shared/auth/write-rule).
  assertEveryMutationRuled(schema);
  describeDefaults(schema);
  const link = `extend schema @link(url: "${FEDERATION_SPEC}", import: [${FEDERATION_IMPORTS.map((d) => `"${d}"`).join(', ')}])`;
  const typeDefs = parse(`${link}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, ref] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...ref };
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as any });
}

/**
 * Descriptions that follow from the schema itself, so every argument and scalar an explorer shows
 * carries its Chinese term: a mutation's `input` argument is described by its input type, and
 * type-graphql's built-in DateTimeISO scalar gets a description in the house's words.
 */
function describeDefaults(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()))
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (!arg.description && isInputObjectType(named) && named.description)
          arg.description = named.description;
      }
  }
  const dateTime = schema.getType('DateTimeISO');
  if (dateTime && isScalarType(dateTime))
    dateTime.description =
      '时间 a moment in UTC, as an ISO 8601 / RFC 3339 date-time string (2026-11-01T08:30:00Z)';
}
