import { Field, Float, ID, Int } from 'type-graphql';

/** What a type-graphql @Field is given for its type (`() => CaseState`, `() => [KeyCount]`). */
type ReturnTypeFunc = NonNullable<Parameters<typeof Field>[0]>;

/** Options of an output field besides its type and description. */
export interface OutSpec {
  nullable?: boolean;
  deprecationReason?: string;
}

function outputField(type: ReturnTypeFunc, description: string, spec: OutSpec = {}) {
  const options: { description: string; nullable?: boolean; deprecationReason?: string } = {
    description,
  };
  if (spec.nullable) options.nullable = true;
  if (spec.deprecationReason) options.deprecationReason = spec.deprecationReason;
  return Field(type, options);
}

/**
 * A field of an object type that is not a stored entity (indicators, results, pages of a
 * computation), its type and description on one line: `@Out.int('网格员 grid workers') workers!:
 * number` stands for `@Field(() => Int, { description: '网格员 grid workers' })`. Stored entities
 * use Col (shared/columns.ts), inputs Input (shared/input-fields.ts).
 */
export const Out = {
  text: (description: string, spec?: OutSpec) => outputField(() => String, description, spec),
  id: (description: string, spec?: OutSpec) => outputField(() => ID, description, spec),
  int: (description: string, spec?: OutSpec) => outputField(() => Int, description, spec),
  float: (description: string, spec?: OutSpec) => outputField(() => Float, description, spec),
  bool: (description: string, spec?: OutSpec) => outputField(() => Boolean, description, spec),
  /** A field of another type: an enum, a scalar, an object, a list. */
  of: (type: ReturnTypeFunc, description: string, spec?: OutSpec) =>
    outputField(type, description, spec),
};
