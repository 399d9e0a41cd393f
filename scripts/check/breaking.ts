import { diff, CriticalityLevel } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';

export interface SchemaChange {
  path: string;
  message: string;
  breaking: boolean;
}

/**
 * Changes between the API schema clients use today and the one they would get: removed types and
 * fields, changed field types, removed enum values, new required arguments are BREAKING.
 */
export async function schemaChanges(
  before: GraphQLSchema,
  after: GraphQLSchema,
): Promise<SchemaChange[]> {
  const changes = await diff(before, after);
  return changes
    .filter(
      (c) => c.criticality.level !== CriticalityLevel.NonBreaking || !/description/i.test(c.type),
    )
    .map((c) => ({
      path: c.path ?? '',
      message: c.message,
      breaking: c.criticality.level === CriticalityLevel.Breaking,
    }));
}
