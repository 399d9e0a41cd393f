import { Field, Float, ID, Int } from 'type-graphql';

/** What a type-graphql @Field is given for its type (`() => CaseState`, `() => [KeyCount]`). */
export type ReturnTypeFunc = NonNullable<Parameters<typeof Field>[0]>;

/** Options of an output field besides its type and description. */
export interface OutSpec {
  nullable?: boolean;
  deprecationReason?: string;
}

function outputField(
  type: ReturnTypeFunc,
  description: string,
  spec: OutSpec = {},
): PropertyDecorator {
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
export const Out = fieldKinds(outputField);

/**
 * The family of field decorators over one maker (Out here, Input in shared/input-fields.ts): the
 * built-in scalars by name, any other type with `of`.
 */
export function fieldKinds<S>(
  make: (type: ReturnTypeFunc, description: string, spec?: S) => PropertyDecorator,
) {
  const scalar = (type: ReturnTypeFunc) => (description: string, spec?: S) =>
    make(type, description, spec);
  return {
    text: scalar(() => String),
    id: scalar(() => ID),
    int: scalar(() => Int),
    float: scalar(() => Float),
    bool: scalar(() => Boolean),
    /** A field of another type: an enum, a scalar (GridCode, LocalDate), an object or input, a list. */
    of: make,
  };
}
