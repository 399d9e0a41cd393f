import {
  defaultFieldResolver,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { Role, Viewer } from '../viewer';
import { ForbiddenError } from '../errors';
import { regionPrefix, prefixRange } from '../codes';
import { setPersonalDataPolicy, type PersonalKind } from '../personal-data';
import { currentScope } from './request-scope';
import { assertRoleAdmits, scopeOpens } from './role-scope';

/**
 * Who may see what, in one place for every subgraph. Types declare where they stand (@Place) and
 * whether they are records of people (@PersonRecord); a guard put around every field's resolver
 * when the schema is built (guardSchema) checks the object behind every field against the caller,
 * so a resolver cannot forget it. Lists are also filtered in SQL (scopeSql) so that pages and
 * totals only ever count rows the caller may see.
 */
const PLACE = Symbol('place');
const PERSON = Symbol('person');
const PUBLIC = Symbol('public');
const FOREIGN = Symbol('foreign');
const SETTING = Symbol('setting');
type Rule = (obj: any, ctx: GuardContext) => boolean | Promise<boolean>;
const RULES = new Map<Function, Rule>();

export interface GuardContext {
  viewer: Viewer | null;
}

/** The properties holding the object's place, most precise first: the first one set is used. */
export function Place(...properties: string[]): ClassDecorator {
  return (target) => {
    (target as any)[PLACE] = properties;
  };
}

/**
 * A stub of an entity another subgraph owns (shared/foreign-entities): this subgraph knows its key,
 * not its place, so the owner checks the place when its fields are fetched; the role's scope by type
 * (DEPARTMENT, ANALYST) applies here too, so a reference alone (a case's compound id) is not shown to
 * a role whose row of the table does not name the type.
 */
export function ForeignStub(): ClassDecorator {
  return (target) => {
    (target as any)[FOREIGN] = true;
  };
}

/**
 * An organisation of the public registry (a party organisation, a property company, a unit):
 * anyone may read it wherever it is registered, but writes to it still need the jurisdiction.
 */
export function PublicRecord(): ClassDecorator {
  return (target) => {
    (target as any)[PUBLIC] = true;
  };
}

/** Whether the object is a record of the public registry (readable everywhere, also inside mutations). */
export function isPublicRecord(obj: object): boolean {
  return Boolean((obj.constructor as any)[PUBLIC]);
}

/** What a type declares, for tests and tools that check the rules from outside (the supergraph walk). */
export function declaredPolicy(type: Function): {
  places: readonly string[];
  publicRecord: boolean;
  inheritedSetting: boolean;
  personRecord: boolean;
} {
  const t = type as any;
  return {
    places: t[PLACE] ?? [],
    publicRecord: Boolean(t[PUBLIC]),
    inheritedSetting: Boolean(t[SETTING]),
    personRecord: Boolean(t[PERSON]),
  };
}

/**
 * A setting made for a region and inherited below it (a points rate): callers under that region
 * read it, only callers whose jurisdiction covers it write it.
 */
export function InheritedSetting(): ClassDecorator {
  return (target) => {
    (target as any)[SETTING] = true;
  };
}

/** Whether the caller may read an object at this place: inside the jurisdiction, or an inherited setting above it. */
export function mayRead(viewer: Viewer, obj: object, code: string): boolean {
  if (withinJurisdiction(viewer, code)) return true;
  return (
    Boolean((obj.constructor as any)[SETTING]) &&
    regionPrefix(viewer.regionPrefix).startsWith(regionPrefix(code))
  );
}

/** A record about a person: never shown to analysts (roll-ups only) or department systems. */
export function PersonRecord(): ClassDecorator {
  return (target) => {
    (target as any)[PERSON] = true;
  };
}

export const isPersonRecord = (type: Function): boolean => Boolean((type as any)[PERSON]);

/** An extra, subgraph-specific visibility rule for a type (e.g. a department sees only its own cases). */
export function registerVisibilityRule<T, C extends GuardContext>(
  type: Function,
  rule: (obj: T, ctx: C) => boolean | Promise<boolean>,
): void {
  RULES.set(type, rule as Rule);
}

/** The grid or region code an object declares with @Place, if any. */
export function placeCodeOf(obj: object): string | undefined {
  const properties = ((obj.constructor as any)[PLACE] ?? []) as string[];
  for (const p of properties) {
    const code = (obj as any)[p];
    if (typeof code === 'string' && code) return code;
  }
  return undefined;
}

export function withinJurisdiction(viewer: Viewer, code: string): boolean {
  return code.startsWith(regionPrefix(viewer.regionPrefix));
}

export function assertWithin(viewer: Viewer | null, code: string, what = 'this'): void {
  // The refusal never names the place: where an object lies is itself something the caller may not see.
  if (viewer && !withinJurisdiction(viewer, code))
    throw new ForbiddenError(`${what} is outside your jurisdiction`);
}

/** `column` restricted to the caller's jurisdiction, for list queries; null when the caller sees everything. */
export function scopeSql(
  viewer: Viewer | null,
  column: string,
): [string, Record<string, string>] | null {
  if (!viewer || regionPrefix(viewer.regionPrefix) === '') return null;
  const { lo, hi } = prefixRange(viewer.regionPrefix);
  return [`${column} >= :scopeLo AND ${column} < :scopeHi`, { scopeLo: lo, scopeHi: hi }];
}

/** Personal data each role sees in clear; everything else is masked (138****5678, 张*). */
const CLEAR: Record<Role, readonly PersonalKind[]> = {
  SERVICE: ['name', 'phone', 'idNumber', 'address'],
  GRID_WORKER: ['name', 'phone', 'address'],
  COMMUNITY_STAFF: ['name', 'phone', 'address'],
  STREET_STAFF: ['name', 'phone'],
  DEPARTMENT: ['name', 'phone', 'address'],
  CITY_ADMIN: [],
  ANALYST: [],
};

export function seesInClear(viewer: Viewer | null, kind: PersonalKind): boolean {
  return viewer ? CLEAR[viewer.role].includes(kind) : true;
}

/**
 * Clear only for a role that sees this kind in clear, and only on an object inside the caller's
 * jurisdiction: a public record (a party organisation's secretary) read from outside is masked.
 */
export function personalInClear(
  viewer: Viewer | null,
  kind: PersonalKind,
  owner: unknown,
): boolean {
  if (!seesInClear(viewer, kind)) return false;
  if (!viewer || !owner || typeof owner !== 'object') return true;
  const code = placeCodeOf(owner);
  return !code || withinJurisdiction(viewer, code);
}

setPersonalDataPolicy((ctx, kind, owner) =>
  personalInClear((ctx as GuardContext).viewer, kind, owner),
);

/**
 * What the guard knows about one object in one request: PASS, the refusal, or a check still running
 * (an asynchronous visibility rule). Settled verdicts are kept as values, so the fields of an object
 * already checked resolve without a promise, like any field without a guard.
 */
const PASS = true;
type Verdict = typeof PASS | Error | Promise<void>;

// One verdict per object per request: fields of the same object are not re-checked.
const checked = new WeakMap<object, WeakMap<object, Verdict>>();

const isPromise = (x: unknown): x is PromiseLike<unknown> =>
  typeof (x as PromiseLike<unknown> | null)?.then === 'function';

/** Throws the refusal; returns a promise only when a visibility rule answers asynchronously. */
function check(obj: any, ctx: GuardContext): void | Promise<void> {
  const viewer = ctx.viewer!;
  const type = obj.constructor as any;
  assertRoleAdmits(viewer, type.name);
  // DEPARTMENT and ANALYST read only the types of records their row of the README's table names (shared/auth/role-scope).
  if (
    (type[PLACE] || type[PERSON] || type[PUBLIC] || type[FOREIGN]) &&
    !scopeOpens(viewer, type.name)
  ) {
    throw new ForbiddenError(
      type[PERSON]
        ? `a ${viewer.role} caller may not see records of people`
        : `a ${viewer.role} caller does not read records of this kind (${type.name})`,
    );
  }
  const code = type[PUBLIC] ? undefined : placeCodeOf(obj);
  if (code && !mayRead(viewer, obj, code))
    throw new ForbiddenError(`this ${type.name} is outside your jurisdiction`);
  const rule = RULES.get(type);
  if (!rule) return;
  const refuse = () => new ForbiddenError(`this ${type.name} is not visible to you`);
  const visible = rule(obj, ctx);
  if (isPromise(visible))
    return Promise.resolve(visible).then((ok) => {
      if (!ok) throw refuse();
    });
  if (!visible) throw refuse();
}

/** The verdict on one object for this request, computed once; PASS when the object is not a checked row. */
function verdictOn(obj: unknown, context: GuardContext): Verdict {
  if (!context?.viewer || !obj || typeof obj !== 'object' || obj.constructor === Object)
    return PASS;
  // What a mutation of this request returned is the truth of what was written: its caller reads it back (shared/auth/write-rule).
  if (currentScope()?.written.has(obj)) return PASS;
  let perRequest = checked.get(context);
  if (!perRequest) checked.set(context, (perRequest = new WeakMap()));
  const known = perRequest.get(obj);
  if (known !== undefined) return known;
  const requests = perRequest;
  let verdict: Verdict;
  try {
    const running = check(obj, context);
    verdict = running
      ? running.then(
          () => void requests.set(obj, PASS),
          (e: Error) => {
            requests.set(obj, e);
            throw e;
          },
        )
      : PASS;
  } catch (e) {
    verdict = e as Error;
  }
  // Awaited by whoever reads it; a refusal is not an unhandled rejection.
  if (isPromise(verdict)) verdict.catch(() => {});
  perRequest.set(obj, verdict);
  return verdict;
}

/** Whether the row stays in a list: a refusal drops it, any other failure is the list's error. */
function keeps(verdict: typeof PASS | Error): boolean {
  if (verdict === PASS) return true;
  if (verdict instanceof ForbiddenError) return false;
  throw verdict;
}

/**
 * A list of rows (`[X!]`, a nested list or a page's items) keeps only the rows the caller may see,
 * as lists under `under` are cut in SQL; a list answering key by key (`[X]`, `_entities`) keeps
 * its positions, and each refused row is null with FORBIDDEN like a single object.
 */
function visibleRows(rows: unknown[], context: GuardContext): unknown[] | Promise<unknown[]> {
  const verdicts = rows.map((row) => verdictOn(row, context));
  if (!verdicts.some(isPromise))
    return rows.filter((_, i) => keeps(verdicts[i] as typeof PASS | Error));
  return Promise.all(verdicts.map(settled)).then((keep) => rows.filter((_, i) => keep[i]));
}

/**
 * Whether the caller may read this object, by the check every field gets: for a row a resolver
 * loads for its own use (the endpoint whose delivery log it lists), so the answer follows the policy.
 */
export async function isVisibleTo(context: GuardContext, obj: unknown): Promise<boolean> {
  return settled(verdictOn(obj, context));
}

/** keeps() of a verdict that may still be running. */
function settled(verdict: Verdict): boolean | Promise<boolean> {
  if (!isPromise(verdict)) return keeps(verdict);
  return verdict.then(
    () => true,
    (e: Error) => keeps(e),
  );
}

/**
 * The guard around one field's resolver: the object the field belongs to must be visible to the
 * caller, and a list of rows keeps only the visible ones. Built once per field when the schema is
 * built (guardSchema), so the field's own resolver, middlewares included, runs inside it. When the
 * object's verdict is already known and the resolver answers at once, so does the field: most
 * fields of a picture are plain columns of rows checked at their first field.
 */
function guardField(
  parentType: string,
  field: GraphQLField<unknown, GuardContext>,
): GraphQLFieldResolver<unknown, GuardContext> {
  const resolve = field.resolve ?? defaultFieldResolver;
  const mutation = parentType === 'Mutation';
  const list = getNullableType(field.type);
  const rows = isListType(list) && isNonNullType(list.ofType);
  const filtered = (result: unknown, context: GuardContext): unknown => {
    if (!rows || !context?.viewer) return result;
    if (isPromise(result))
      return Promise.resolve(result).then((r) => (Array.isArray(r) ? visibleRows(r, context) : r));
    return Array.isArray(result) ? visibleRows(result, context) : result;
  };
  const guarded: GraphQLFieldResolver<unknown, GuardContext> = (root, args, context, info) => {
    if (mutation) {
      if (context?.viewer?.role === 'ANALYST')
        throw new ForbiddenError('an ANALYST caller reads roll-ups and changes nothing');
      const scope = currentScope();
      if (scope) scope.mutating = true;
    }
    const verdict = verdictOn(root, context);
    if (verdict === PASS) return filtered(resolve(root, args, context, info), context);
    if (!isPromise(verdict)) throw verdict;
    return verdict.then(() => filtered(resolve(root, args, context, info), context));
  };
  GUARDED.add(guarded);
  return guarded;
}

const GUARDED = new WeakSet<Function>();

/**
 * Puts the guard on every field of every object type of a built schema, before its resolvers are
 * carried into the subgraph schema (shared/federation): no field of any subgraph is left out.
 */
export function guardSchema(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()))
      field.resolve = guardField(type.name, field as GraphQLField<unknown, GuardContext>);
  }
}

/** Whether a field of a built schema carries the guard (for the supergraph walk's test). */
export const isGuarded = (field: { resolve?: unknown }): boolean =>
  typeof field.resolve === 'function' && GUARDED.has(field.resolve);
