import { UseMiddleware, type MiddlewareFn } from 'type-graphql';

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
      return value.length > 8 ? `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}` : '****';
    case 'address':
      return chars.slice(0, Math.min(6, chars.length)).join('') + '***';
  }
}

/** Decides, per request, whether a kind of personal data is shown in clear; the auth layer installs it. */
export type PersonalDataPolicy = (context: unknown, kind: PersonalKind) => boolean;

let policy: PersonalDataPolicy = () => true;

export function setPersonalDataPolicy(p: PersonalDataPolicy): void {
  policy = p;
}

const middlewareFor = (kind: PersonalKind): MiddlewareFn => async ({ context }, next) => {
  const value = await next();
  if (value == null || policy(context, kind)) return value;
  return Array.isArray(value) ? value.map((v) => maskValue(kind, String(v))) : maskValue(kind, String(value));
};

/** Marks a field as personal data of the given kind: `@PersonalData('phone') @Field() phone!: string`. */
export function PersonalData(kind: PersonalKind): PropertyDecorator & MethodDecorator {
  return UseMiddleware(middlewareFor(kind)) as PropertyDecorator & MethodDecorator;
}
