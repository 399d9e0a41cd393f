import {
  Arg,
  Ctx,
  Directive,
  Field,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  type ClassType,
} from 'type-graphql';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Role, Viewer } from './viewer';
import { AppError, BadUserInputError, ForbiddenError } from './errors';
import { withinJurisdiction } from './auth/policy';
import { writeTransaction } from './tx';
import { REGION_STAFF, WriteRule } from './auth/write-rule';

/** Rows one bulk call may carry: one bounded transaction each, whatever the size of the file. */
export const MAX_BULK_ROWS = 500;

@ObjectType({
  description: '批量导入结果 what one batch of a spreadsheet import (台账导入) did, by natural key',
})
@Directive('@shareable')
export class BulkUpsertResult {
  @Field(() => Int, { description: '新增 rows created' })
  created!: number;

  @Field(() => Int, { description: '更新 existing rows changed' })
  updated!: number;

  @Field(() => Int, { description: '未变 rows already as given' })
  unchanged!: number;

  @Field({ description: '试运行 true when checked and rolled back (dryRun): nothing was stored' })
  dryRun!: boolean;
}

/** One rejected cell: the spreadsheet row, the input field and why. */
export interface Rejection {
  row: number;
  column: string;
  message: string;
}

/** The outcome of one row: the values to store, or why not. */
export type RowValues<E> =
  { values: Partial<E>; place: string } | { column: string; message: string };

export interface BulkSpec<I extends { row: number }, E extends ObjectLiteral, P> {
  entity: EntityTarget<E>;
  /** Roles that may write this kind at all. */
  roles: readonly Role[];
  /** Natural key of an input row and of a stored row. */
  inputKey(input: I): string;
  storedKey(row: E): string;
  /** Reads what the batch refers to (stored rows by natural key, parents, companies ...); no writes. */
  prepare(em: EntityManager, inputs: I[]): Promise<{ existing: E[]; refs: P }>;
  /** The values a row stores and the place it writes at, or a rejection. */
  values(input: I, refs: P, existing: E | undefined): RowValues<E>;
  /** The primary-key condition of a stored row. */
  where(row: E): Partial<E>;
  /** Rows to write beside the created ones (a history record), given them with their new ids. */
  afterCreate?(em: EntityManager, created: Partial<E>[]): Promise<void>;
}

class DryRun extends Error {
  constructor(readonly result: BulkUpsertResult) {
    super('dry run');
  }
}

const same = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) || String(a ?? '') === String(b ?? '');

/**
 * The one way every subgraph upserts a batch of spreadsheet rows: role and batch size first; then,
 * inside one transaction, every row is resolved and checked against the caller's jurisdiction
 * before the first statement; a rejected row or a row outside the jurisdiction fails the whole
 * batch (BAD_USER_INPUT with every rejected cell, or FORBIDDEN) and nothing is stored; a dry run
 * does everything and rolls back.
 */
export async function bulkUpsert<I extends { row: number }, E extends ObjectLiteral, P>(
  ds: DataSource,
  viewer: Viewer,
  inputs: I[],
  dryRun: boolean,
  spec: BulkSpec<I, E, P>,
): Promise<BulkUpsertResult> {
  if (!spec.roles.includes(viewer.role))
    throw new ForbiddenError(`role ${viewer.role} may not import these rows`);
  // No rows: nothing to check or store. The answer still says whether this caller may import at all
  // (the role check above and the write rule's), which the spreadsheet endpoint asks before it reads a file.
  if (!inputs.length) return { created: 0, updated: 0, unchanged: 0, dryRun };
  if (inputs.length > MAX_BULK_ROWS)
    throw new BadUserInputError(`at most ${MAX_BULK_ROWS} rows per call, got ${inputs.length}`, {
      field: 'rows',
    });
  const seen = new Map<string, number>();
  for (const input of inputs) {
    const k = spec.inputKey(input);
    if (seen.has(k))
      throw new BadUserInputError(
        `row ${input.row} repeats row ${seen.get(k)} (same natural key)`,
        { rejected: [{ row: input.row, column: 'key', message: `repeats row ${seen.get(k)}` }] },
      );
    seen.set(k, input.row);
  }
  try {
    return await writeTransaction(ds, async (em) => {
      const { existing, refs } = await spec.prepare(em, inputs);
      const stored = new Map(existing.map((e) => [spec.storedKey(e), e]));
      const rejected: Rejection[] = [];
      const outside: Rejection[] = [];
      const plan = inputs.map((input) => {
        const old = stored.get(spec.inputKey(input));
        const out = spec.values(input, refs, old);
        if ('message' in out) rejected.push({ row: input.row, ...out });
        else if (!withinJurisdiction(viewer, out.place))
          outside.push({
            row: input.row,
            column: 'place',
            message: `${out.place} is outside your jurisdiction`,
          });
        return { old, out };
      });
      if (outside.length)
        throw new AppError(
          `${outside.length} row(s) outside your jurisdiction; nothing was stored`,
          'FORBIDDEN',
          { rejected: outside },
        );
      if (rejected.length)
        throw new BadUserInputError(`${rejected.length} row(s) rejected; nothing was stored`, {
          rejected,
        });
      const result: BulkUpsertResult = { created: 0, updated: 0, unchanged: 0, dryRun };
      const fresh: Partial<E>[] = [];
      for (const { old, out } of plan) {
        if (!('values' in out)) continue;
        if (!old) {
          fresh.push(out.values);
          continue;
        }
        const changed = Object.fromEntries(
          Object.entries(out.values).filter(([k, v]) => !same((old as any)[k], v)),
        );
        if (Object.keys(changed).length === 0) result.unchanged++;
        else {
          await em.update(spec.entity, spec.where(old) as any, changed as any);
          result.updated++;
        }
      }
      for (let i = 0; i < fresh.length; i += 100) {
        const chunk = fresh.slice(i, i + 100);
        const ids = (await em.insert(spec.entity, chunk as any)).identifiers;
        if (spec.afterCreate)
          await spec.afterCreate(
            em,
            chunk.map((c, j) => ({ ...c, ...ids[j] })),
          );
      }
      result.created = fresh.length;
      if (dryRun) throw new DryRun(result);
      return result;
    });
  } catch (err) {
    if (err instanceof DryRun) return err.result;
    throw err;
  }
}

/** A label-free reject: `reject('gridCode', 'no such grid')`. */
export const reject = (column: string, message: string) => ({ column, message });

/** What a spreadsheet import mutation declares: its name, its row type, the row field it writes at. */
export interface BulkImportSpec<I extends { row: number }, E extends ObjectLiteral, P> {
  /** The mutation's name, e.g. 'importGrids'. */
  mutation: string;
  description: string;
  row: ClassType<I>;
  /** The row field holding the grid or region code the row writes at (checked by the write rule). */
  placeField: keyof I & string;
  spec: BulkSpec<I, E, P>;
}

/**
 * The resolver of one spreadsheet import: `mutation(rows: [Row!]!, dryRun = false): BulkUpsertResult`,
 * ruled for region staff at every row's place, answered by bulkUpsert. Every subgraph's import is
 * this one resolver with its own rows and spec.
 */
export function bulkImportResolver<I extends { row: number }, E extends ObjectLiteral, P>(
  o: BulkImportSpec<I, E, P>,
): ClassType {
  @Resolver()
  class BulkImport {
    @WriteRule({
      roles: REGION_STAFF,
      place: (args) => (args.rows as I[] | undefined)?.map((r) => r[o.placeField] as string),
    })
    @Mutation(() => BulkUpsertResult, { description: o.description })
    async [o.mutation](
      @Arg('rows', () => [o.row], { description: '行 the rows' }) rows: I[],
      @Arg('dryRun', { defaultValue: false, description: '试运行 check only, store nothing' })
      dryRun: boolean,
      @Ctx() ctx: { dataSource: DataSource; viewer: Viewer },
    ): Promise<BulkUpsertResult> {
      return bulkUpsert(ctx.dataSource, ctx.viewer, rows, dryRun, o.spec);
    }
  }
  Object.defineProperty(BulkImport, 'name', { value: `${o.mutation}Resolver` });
  return BulkImport;
}
