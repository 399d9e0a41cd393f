import 'reflect-metadata';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { IdArg, idOrNull, parseId } from './ids';
import { pageOf, pageUnder, PageType, type PageArgs } from './pagination';
import { assertPrefix, underPlaceSql } from './codes';
import { AsOfArg, indicatorClock, type IndicatorClock } from './as-of';
import type { ReturnTypeFunc } from './output-fields';

/** One condition per optional argument, `{ kind: 'r.kind = :kind' }`: the parameter is named as the argument. */
export type Filters<A> = Partial<Record<keyof A & string, string>>;

/** Adds the condition of each argument that was given (not null nor left out) to `qb`. */
export function whereGiven<T extends ObjectLiteral, A extends object>(
  qb: SelectQueryBuilder<T>,
  args: A,
  filters: Filters<A>,
): SelectQueryBuilder<T> {
  for (const [key, sql] of Object.entries(filters) as [keyof A & string, string][]) {
    const value = args[key];
    if (value != null) qb.andWhere(sql, { [key]: value });
  }
  return qb;
}

/** What a query of rows needs of its context: the data source (every subgraph's context has it). */
export interface WithDataSource {
  dataSource: DataSource;
}

/** `<one>(id: ID!)`: one row by id from a loader, null when there is none. */
export interface ByIdQuery<T, C> {
  kind: 'byId';
  description: string;
  idDescription: string;
  load: (ctx: C, id: number) => Promise<T | null> | T | null;
  /** A malformed id: BAD_USER_INPUT naming `id` ('error'), or simply nothing found ('null'). */
  malformed: 'error' | 'null';
}

/** `<many>(under, limit, offset, ...filters)`: one page of the rows under a region or grid code prefix. */
export interface PageUnderQuery<T extends ObjectLiteral, C, A extends object> {
  kind: 'pageUnder';
  description: string;
  /** The page type, or its name and description when the declaration makes it (shared/pagination Paginated). */
  page: ClassType | readonly [name: string, description: string];
  args: ClassType<A>;
  /**
   * The code column the prefix cuts, with the alias `r`: 'r.grid_code'; or, for rows that store
   * both, the grid and the region column: a grid prefix cuts the first, a region prefix the second.
   */
  under: string | readonly [grid: string, region: string];
  /** The conditions of the optional filters (alias `r`). */
  where?: Filters<A>;
  /** Conditions that are not one argument's equality: called after `where`. */
  also?: (qb: SelectQueryBuilder<T>, args: A, ctx: C) => void;
  order: Record<string, 'ASC' | 'DESC'>;
  /** The rows listed, when they are not the resolver's own type (a list a resolver on Case answers). */
  of?: ClassType<ObjectLiteral>;
  /** Cut to the caller's role scope too: a DEPARTMENT or ANALYST caller sees the rows only if its scope opens the entity's type (shared/codes underPrefixSql). */
  roleScoped?: boolean;
}

export type QuerySpec<T extends ObjectLiteral, C> = ByIdQuery<T, C> | PageUnderQuery<any, C, any>;

/**
 * A field's GraphQL type: the class, scalar or `[Class]` itself, or `() => Class` where an import
 * cycle means the class is not defined yet when the resolver is declared.
 */
export type TypeOf = ReturnType<ReturnTypeFunc> | ReturnTypeFunc;

const typeFunc = (type: TypeOf, what: string): ReturnTypeFunc => {
  // An arrow function has no prototype; a class or a scalar constructor (String, Number) has one.
  if (typeof type === 'function' && !('prototype' in type && type.prototype))
    return type as ReturnTypeFunc;
  if (type == null || (Array.isArray(type) && type[0] == null))
    throw new Error(`${what}: its type is undefined here (an import cycle?): give () => Type`);
  return () => type;
};

/** A field resolved from its row (and the request's loaders; `asOf` when the field takes it). */
export interface FieldSpec<R, C> {
  type: TypeOf;
  description: string;
  nullable: boolean;
  resolve: (root: R, ctx: C, asOf?: string | null) => unknown;
  /** The field takes the `asOf` argument of every indicator block (shared/as-of AsOfArg). */
  asOf?: boolean;
}

const byIdQuery =
  (malformed: ByIdQuery<unknown, unknown>['malformed']) =>
  <T, C>(
    description: string,
    idDescription: string,
    load: (ctx: C, id: number) => Promise<T | null> | T | null,
  ): ByIdQuery<T, C> => ({ kind: 'byId', description, idDescription, load, malformed });

/** One row by id, or null; a malformed id simply finds nothing (shared/ids idOrNull). */
export const byId = byIdQuery('null');

/** One row by id, or null; a malformed id is BAD_USER_INPUT naming `id` (shared/ids parseId). */
export const byValidId = byIdQuery('error');

/** A page of `page` under a code prefix, its arguments `args`; in id order unless `order` says otherwise. */
export function listUnder<T extends ObjectLiteral, C, A extends PageArgs & { under: string }>(
  page: ClassType | readonly [name: string, description: string],
  args: ClassType<A>,
  spec: Omit<PageUnderQuery<T, C, A>, 'kind' | 'page' | 'args' | 'order'> & {
    order?: Record<string, 'ASC' | 'DESC'>;
  },
): PageUnderQuery<T, C, A> {
  return { kind: 'pageUnder', page, args, order: { 'r.id': 'ASC' }, ...spec };
}

const fieldSpec =
  (nullable: boolean) =>
  <R, C>(
    type: TypeOf,
    description: string,
    resolve: (root: R, ctx: C) => unknown,
  ): FieldSpec<R, C> => ({ type, description, nullable, resolve });

/** `@FieldResolver(type, { description })` answering `resolve(root, ctx)`. */
export const field = fieldSpec(false);

/** The same as a nullable field (shared/field-resolvers FieldOrNull). */
export const fieldOrNull = fieldSpec(true);

/**
 * A nullable link to another row through the request's loaders:
 * `company: link(PropertyCompany, '物业企业 …', 'companyById', 'companyId')` answers
 * `ctx.loaders.companyById.load(row.companyId)`, and null where the row's key is empty.
 */
export function link<R, C extends { loaders: object }>(
  type: TypeOf,
  description: string,
  loader: keyof C['loaders'] & string,
  key: keyof R & string,
): FieldSpec<R, C> {
  const resolve = (row: R, ctx: C) => {
    const value = row[key];
    if (value == null || value === '') return null;
    const loaders = ctx.loaders as Record<string, { load(k: unknown): unknown }>;
    return loaders[loader].load(value);
  };
  return { type, description, nullable: true, resolve };
}

/**
 * `regionCode: String!` of rows whose place is kept in another code column (a community's, a
 * district's), so that every list row shows its place under the same name.
 */
export function placeAsRegionCode<R, C>(
  what: string,
  level: string,
  codeOf: (row: R) => string,
): FieldSpec<R, C> {
  const description = `区划代码 the place of the ${what}: its ${level} code, as every list row shows it`;
  return field(String, description, codeOf);
}

/**
 * `Region.<x>Indicators(asOf)`, nullable, as every subgraph adds it to the region: `compute` reads
 * the figures under the region's code on the day asked (shared/as-of indicatorClock).
 */
export function regionIndicators<C extends WithDataSource>(
  type: TypeOf,
  description: string,
  compute: (ds: DataSource, prefix: string, clock: IndicatorClock) => unknown,
): FieldSpec<{ code: string }, C> {
  const resolve = (region: { code: string }, ctx: C, asOf?: string | null) =>
    compute(ctx.dataSource, assertPrefix(region.code, 'code'), indicatorClock(asOf));
  return { type, description, nullable: true, resolve, asOf: true };
}

export interface ResolverSpec<T extends ObjectLiteral, C> {
  /** Query name → its declaration; the schema lists them in this order, before the class's own. */
  queries?: Record<string, QuerySpec<T, C>>;
  /** Field name → its declaration; the type lists them in this order, before the class's own. */
  fields?: Record<string, FieldSpec<T, C>>;
}

type Method = (...args: any[]) => unknown;
type ParamDecorator = ReturnType<typeof Ctx>;

/** Defines `name` on the prototype and applies its decorators as TypeScript would (params last to first, then the method's). */
function method(
  proto: object,
  name: string,
  fn: Method,
  decorator: MethodDecorator,
  params: ParamDecorator[],
): void {
  Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  Reflect.defineMetadata('design:type', Function, proto, name);
  params.reduceRight<void>((_, d, i) => d(proto, name, i), undefined);
  decorator(proto, name, Object.getOwnPropertyDescriptor(proto, name)!);
}

/**
 * The base class of a resolver whose by-id and page-under queries and plain fields are declared,
 * not written out (type-graphql resolver inheritance):
 * `@Resolver(() => Compound) class CompoundResolver extends Resolving<Compound, Ctx>(Compound, { queries: { compound: byId(...), compounds: listUnder({...}) }, fields: { grid: field(...) } }) { ...its other queries, mutations and fields }`.
 * Guards and masking apply to these as to every field (shared/federation.ts).
 */
export function Resolving<T extends ObjectLiteral, C extends WithDataSource>(
  entity: ClassType<T>,
  spec: ResolverSpec<T, C>,
) {
  @Resolver(() => entity)
  abstract class Declared {}
  const proto = Declared.prototype;
  for (const [name, q] of Object.entries(spec.queries ?? {})) {
    if (q.kind === 'byId') {
      const one = (id: string, ctx: C) => {
        const n = q.malformed === 'error' ? parseId(id, 'id') : idOrNull(id);
        return n == null ? null : q.load(ctx, n);
      };
      const options = { nullable: true, description: q.description };
      method(
        proto,
        name,
        one,
        Query(() => entity, options),
        [IdArg(q.idDescription), Ctx()],
      );
    } else {
      const many = (args: PageArgs & { under: string }, ctx: C) => {
        const listed = q.of ?? entity;
        const qb = ctx.dataSource.getRepository(listed).createQueryBuilder('r');
        whereGiven(qb, args, q.where ?? {});
        q.also?.(qb, args, ctx);
        const rows = q.roleScoped ? listed.name : undefined;
        if (typeof q.under === 'string') return pageUnder(qb, q.under, args, q.order, rows);
        const [grid, region] = q.under;
        qb.andWhere(...underPlaceSql(grid, region, assertPrefix(args.under, 'under'), 'p', rows));
        return pageOf(qb, args, q.order);
      };
      const page = Array.isArray(q.page) ? PageType(q.of ?? entity, q.page[0], q.page[1]) : q.page;
      const decorator = Query(() => page, { description: q.description });
      method(proto, name, many, decorator, [Args(() => q.args), Ctx()]);
    }
  }
  for (const [name, f] of Object.entries(spec.fields ?? {})) {
    const options = f.nullable
      ? { nullable: true, description: f.description }
      : { description: f.description };
    const decorator = FieldResolver(typeFunc(f.type, `${entity.name}.${name}`), options);
    method(
      proto,
      name,
      f.resolve,
      decorator,
      f.asOf ? [Root(), Ctx(), AsOfArg()] : [Root(), Ctx()],
    );
  }
  return Declared;
}
