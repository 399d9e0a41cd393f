import { FieldResolver } from 'type-graphql';
import type { ReturnTypeFunc } from './output-fields';

/**
 * A resolved field that may answer null: `@FieldOrNull(() => [Case], '事项 ...')` stands for
 * `@FieldResolver(() => [Case], { nullable: true, description: '事项 ...' })`. Every field a
 * subgraph adds to another subgraph's entity is one (gateway/partial-rule.ts: a slow subgraph then
 * costs only its own fields), and so is a link to a row that may be gone.
 */
export function FieldOrNull(type: ReturnTypeFunc, description: string): MethodDecorator {
  return FieldResolver(type, { nullable: true, description });
}
