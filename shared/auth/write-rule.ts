import { Mutation, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Role, Viewer } from '../viewer';
import { ForbiddenError } from '../errors';
import { placeCodeOf, withinJurisdiction } from './policy';
import { currentScope } from './request-scope';
import type { ReturnTypeFunc } from '../output-fields';

/**
 * The write side of the rules, for every mutation of every subgraph: who may call it and where it
 * writes. A resolver method declares both with one decorator:
 *
 *   @WriteRule({ roles: STAFF, place: rowPlace(Case, 'input.id') })
 *   @Mutation(() => Case) acceptCase(...)
 *
 * or declares the mutation and its rule together with WriteMutation (below).
 *
 * - `roles`: the roles that may call it (the gateway's own SERVICE identity always may). Checked
 *   before the resolver runs, so a refused caller causes no statement at all.
 * - `place`: the grid or region codes the write lands in, resolved from the arguments or from the
 *   target row (`argPlace`, `rowPlace`, `places`). It runs inside the write's transaction
 *   (writeTransaction), before the resolver's first statement, or, for a write that first asks a
 *   peer subgraph (writeTransaction's `before`, shared/peer.ts), before that question; each code
 *   must lie under the caller's jurisdiction or the mutation is FORBIDDEN and nothing is written.
 *   A place that resolves to nothing (the target does not exist) is left to the resolver's NOT_FOUND.
 * - The object the mutation returns is readable by the caller in this answer (the truth of what was
 *   written), even where the read policy would hide it afterwards (a department returning a case).
 * A subgraph schema with a mutation that declares no rule fails to build (assertEveryMutationRuled).
 */
export type PlaceCodes = string | null | undefined | readonly (string | null | undefined)[];
export type PlaceOf = (
  args: Record<string, any>,
  em: EntityManager,
  viewer: Viewer,
) => PlaceCodes | Promise<PlaceCodes>;

export interface WriteRuleSpec {
  roles: readonly Role[];
  place: PlaceOf;
}

const RULES = new Map<string, WriteRuleSpec>();

/** Roles that work in places: the city, street, community and grid staff. */
export const PLACE_STAFF: readonly Role[] = [
  'CITY_ADMIN',
  'STREET_STAFF',
  'COMMUNITY_STAFF',
  'GRID_WORKER',
];
/** Roles that administer a region (not a single grid). */
export const REGION_STAFF: readonly Role[] = ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF'];

export function writeRuleOf(mutation: string): WriteRuleSpec | undefined {
  return RULES.get(mutation);
}

const get = (args: Record<string, any>, path: string): any =>
  path.split('.').reduce((o, k) => (o == null ? o : o[k]), args as any);

/** The place is an argument holding a grid or region code, e.g. 'input.gridCode'. */
export const argPlace =
  (path: string): PlaceOf =>
  (args) => {
    const v = get(args, path);
    return typeof v === 'string' ? v : null;
  };

/** The place is that of the row whose id is at `path` (its @Place), loaded in the write's transaction. */
export const rowPlace =
  (entity: EntityTarget<object> & Function, path: string, column = 'id'): PlaceOf =>
  async (args, em) => {
    const raw = get(args, path);
    const id = Number(raw);
    if (raw == null || !Number.isSafeInteger(id) || id <= 0) return null;
    const row = await em.findOne(entity, { where: { [column]: id } });
    return row ? (placeCodeOf(row) ?? null) : null;
  };

/** Several places at once (a move writes to where it comes from and where it goes). */
export const places =
  (...all: PlaceOf[]): PlaceOf =>
  async (args, em, viewer) => {
    const out: (string | null | undefined)[] = [];
    for (const p of all) {
      const codes = await p(args, em, viewer);
      out.push(...(Array.isArray(codes) ? codes : [codes as string | null | undefined]));
    }
    return out;
  };

/** A write with no place of its own (e.g. the public registry): roles alone decide. */
export const nowhere: PlaceOf = () => null;

async function checkPlace(
  name: string,
  spec: WriteRuleSpec,
  args: Record<string, any>,
  em: EntityManager,
  viewer: Viewer,
): Promise<void> {
  const codes = await spec.place(args, em, viewer);
  const list = (Array.isArray(codes) ? codes : [codes]) as (string | null | undefined)[];
  for (const code of list) {
    // The refusal names no code: the caller learns nothing about where the object lies.
    // An empty code is a place too: everywhere, which only a caller whose jurisdiction is everything may write to.
    if (code != null && !withinJurisdiction(viewer, code))
      throw new ForbiddenError(`${name} there is outside your jurisdiction; nothing was written`);
  }
  // The places this request may now write, for the gateway's indicator cache; no place at all is everywhere.
  const named = list.filter((c): c is string => c != null);
  currentScope()?.writtenPlaces.push(...(named.length ? named : ['']));
}

function enforce(
  name: string,
  spec: WriteRuleSpec,
): MiddlewareFn<{ viewer?: Viewer | null; dataSource?: DataSource }> {
  return async ({ args, context }, next) => {
    const viewer = context?.viewer;
    if (viewer && viewer.role !== 'SERVICE' && !spec.roles.includes(viewer.role)) {
      throw new ForbiddenError(`a ${viewer.role} caller may not ${name}; nothing was written`);
    }
    const scope = currentScope();
    let pending: ((em: EntityManager) => Promise<void>) | undefined;
    if (viewer) pending = (em) => checkPlace(name, spec, args, em, viewer);
    if (scope) scope.pendingWrite = pending;
    try {
      const result = await next();
      // The resolver opened no write transaction (it answered without writing): the place still decides the answer.
      if (scope && pending && scope.pendingWrite === pending && context.dataSource)
        await pending(context.dataSource.manager);
      if (scope && result && typeof result === 'object')
        for (const o of Array.isArray(result) ? result : [result])
          if (o && typeof o === 'object') scope.written.add(o);
      return result;
    } finally {
      if (scope) scope.pendingWrite = undefined;
    }
  };
}

/** Declares who may call this mutation and where it writes (see the top of this file). */
export function WriteRule(spec: WriteRuleSpec): MethodDecorator {
  return (target, key, descriptor) => {
    const name = String(key);
    RULES.set(name, spec);
    UseMiddleware(enforce(name, spec))(target, key, descriptor);
  };
}

/**
 * A mutation and its rule in one declaration: `@WriteMutation(() => Case, '受理 accept a case', {
 * roles: STAFF, place: rowPlace(Case, 'input.id') })` stands for `@WriteRule({ roles: STAFF, place:
 * rowPlace(Case, 'input.id') }) @Mutation(() => Case, { description: '受理 accept a case' })`.
 */
export function WriteMutation(
  returns: ReturnTypeFunc,
  description: string,
  rule: WriteRuleSpec,
): MethodDecorator {
  const mutation = Mutation(returns, { description });
  const ruled = WriteRule(rule);
  // As the two decorators stacked: the Mutation applied first, then its rule.
  return (target, key, descriptor) => {
    mutation(target, key, descriptor);
    ruled(target, key, descriptor);
  };
}

/**
 * The response extension in which a subgraph names the places a mutation request was checked
 * against (its write rules' places; '' is everywhere). The gateway drops its cached indicators of
 * the regions over or under them (gateway/indicator-cache.ts); a mutation answer without it counts
 * as a write everywhere.
 */
export const WRITTEN_PLACES_EXTENSION = 'writtenPlaces';

/** Adds the written places to the answer of every mutation request (a refused one names none). */
export const writtenPlacesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, response }) {
        if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const checked = currentScope()?.writtenPlaces ?? [''];
        // A mutation that answered something without a place check on record counts as everywhere.
        const answered = Object.values(result.data ?? {}).some((v) => v != null);
        const written = checked.length === 0 && answered ? [''] : checked;
        result.extensions = {
          ...result.extensions,
          [WRITTEN_PLACES_EXTENSION]: [...new Set(written)],
        };
      },
    };
  },
};

/** Called by writeTransaction as its first step: the running mutation's place check, once. */
export async function runPendingWriteCheck(em: EntityManager): Promise<void> {
  const scope = currentScope();
  const pending = scope?.pendingWrite;
  if (!scope || !pending) return;
  scope.pendingWrite = undefined;
  await pending(em);
}

/** Every Mutation field of a schema declares a rule, or the schema does not build. */
export function assertEveryMutationRuled(schema: GraphQLSchema): void {
  const missing = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter(
    (f) => !RULES.has(f),
  );
  if (missing.length)
    throw new Error(
      `mutations without a @WriteRule (shared/auth/write-rule.ts): ${missing.join(', ')}`,
    );
}
