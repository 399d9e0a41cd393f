import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * Personal data (PIPL) is declared once, on the field, and masked in one place. A new field that
 * carries a name or a phone number only has to say so here to be protected everywhere.
 */
export type PersonalKind = 'name' | 'phone' | 'idNumber' | 'address';

export function maskValue(kind: PersonalKind, value: string): string {
  if (!value) return value;
  const chars = [...value];
  switch (kind) {
    case 'name':
      return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
    case 'phone':
      return value.length >= 7 ? `${value.slice(0, 3)}****${value.slice(-4)}` : '****';
    case 'idNumber':
      return value.length > 8
        ? `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`
        : '****';
    case 'address':
      return chars.slice(0, Math.min(6, chars.length)).join('') + '***';
  }
}

/**
 * Decides, per request, whether a kind of personal data of an object is shown in clear; the auth
 * layer installs it (it looks at the caller's role and at where the object lies).
 */
export type PersonalDataPolicy = (context: unknown, kind: PersonalKind, owner: unknown) => boolean;

let policy: PersonalDataPolicy = () => true;

export function setPersonalDataPolicy(p: PersonalDataPolicy): void {
  policy = p;
}

/** Fields marked personal, by type and field name, so a test can find a person's field left unmarked. */
export const PERSONAL_FIELDS = new Map<Function, Map<string, PersonalKind>>();

/** The field extension @PersonalData sets, which maskPersonalFields reads from the built schema. */
const EXTENSION = 'personalData';

/** Marks a field as personal data of the given kind: `@PersonalData('phone') @Field() phone!: string`. */
export function PersonalData(kind: PersonalKind): PropertyDecorator & MethodDecorator {
  const mark = Extensions({ [EXTENSION]: kind }) as PropertyDecorator & MethodDecorator;
  return ((target: object, property: string | symbol, descriptor?: PropertyDescriptor) => {
    const type = target.constructor;
    if (!PERSONAL_FIELDS.has(type)) PERSONAL_FIELDS.set(type, new Map());
    PERSONAL_FIELDS.get(type)!.set(String(property), kind);
    return (mark as any)(target, property, descriptor);
  }) as PropertyDecorator & MethodDecorator;
}

/**
 * Masks every field marked @PersonalData in a built schema, around its resolver, unless the policy
 * shows it in clear to this caller for this object. Done once when the schema is built (shared/
 * federation), so a marked field cannot escape it, and a plain column is masked as it is read,
 * without a promise.
 */
export function maskPersonalFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const kind = field.extensions?.[EXTENSION] as PersonalKind | undefined;
      if (!kind) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const masked = (value: unknown, context: unknown, root: unknown): unknown => {
        if (value == null || policy(context, kind, root)) return value;
        return Array.isArray(value)
          ? value.map((v) => maskValue(kind, String(v)))
          : maskValue(kind, String(value));
      };
      field.resolve = (root, args, context, info) => {
        const value = resolve(root, args, context, info);
        return typeof (value as PromiseLike<unknown> | null)?.then === 'function'
          ? Promise.resolve(value).then((v) => masked(v, context, root))
          : masked(value, context, root);
      };
    }
  }
}
