import { registerEnumType } from 'type-graphql';

/**
 * The union of an enum object's values: `type CaseState = EnumValue<typeof CaseState>`. A module
 * names the types of its enums together after its imports, then defines the enums one after another.
 */
export type EnumValue<E> = E[keyof E];

/**
 * A GraphQL enum from one table of `KEY: 'description'`: each key is written once and becomes its own
 * value, and the type is registered with its description (中文 first) and one per value.
 */
export function defineEnum<const K extends string>(
  name: string,
  description: string,
  values: Record<K, string>,
): { readonly [P in K]: P } {
  const keys = Object.keys(values) as K[];
  const enumObject = Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P };
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(keys.map((k) => [k, { description: values[k] }])) as Record<
      K,
      { description: string }
    >,
  });
  return Object.freeze(enumObject);
}
