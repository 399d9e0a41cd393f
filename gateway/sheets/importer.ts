import { columnsOf, importKind, type Column, type ImportKind } from './kinds';
import { readRows } from './reader';
import { codeLookup, type KnownGrid } from './code-lookup';
import { checkCodes, keyOf, mapHeader, parseRow, type Input, type Rejection } from './row-check';
import type { GraphClient } from './graph-client';

export interface ImportOptions {
  kind: string;
  path: string;
  graph: GraphClient;
  dryRun?: boolean;
  partial?: boolean;
  /** Rows per bulk call: each is one bounded transaction in the owning subgraph. */
  batchSize?: number;
  progress?: (phase: 'check' | 'write', rows: number) => void;
}

export interface ImportReport {
  kind: string;
  rows: number;
  rejected: Rejection[];
  created: number;
  updated: number;
  unchanged: number;
  /** Whether anything was written: false for a dry run, and for a file with errors unless partial. */
  stored: boolean;
  dryRun: boolean;
}

type Counts = { created: number; updated: number; unchanged: number };

/** Reads the file once: every row parsed and checked, in batches; the caller decides per batch. */
async function* batches(
  path: string,
  kind: ImportKind,
  columns: Column[],
  size: number,
  report: Rejection[],
) {
  let at: (Column | null)[] | null = null;
  let batch: Input[] = [];
  for await (const { row, cells } of readRows(path)) {
    if (!at) {
      const header = mapHeader(cells, columns);
      for (const c of header.missing)
        report.push({ row, column: c.header, message: `the column ${c.header} is missing` });
      if (header.missing.length) return;
      at = header.at;
      continue;
    }
    if (cells.every((c) => c == null || String(c).trim() === '')) continue;
    const { input, rejections } = parseRow(row, cells, at, columns);
    report.push(...rejections);
    if (!rejections.length) batch.push(input);
    if (batch.length >= size) yield batch;
    if (batch.length >= size) batch = [];
  }
  if (batch.length) yield batch;
}

/**
 * Sends rows to the owning subgraph's bulk mutation. A batch the subgraph refuses names its
 * rejected cells; those rows are dropped and the rest sent again, so every rejection is found.
 */
async function send(
  graph: GraphClient,
  kind: ImportKind,
  columns: Column[],
  rows: Input[],
  dryRun: boolean,
  rejected: Rejection[],
  retry: boolean,
) {
  const doc = `mutation SheetImport($rows: [${kind.rowType}!]!, $dryRun: Boolean!) { result: ${kind.mutation}(rows: $rows, dryRun: $dryRun) { created updated unchanged } }`;
  const header = (field: string) => columns.find((c) => c.field === field)?.header ?? field;
  let todo = rows;
  while (todo.length) {
    const r = await graph(doc, { rows: todo, dryRun });
    if (r.data?.result) return r.data.result as Counts;
    const error = r.errors?.[0];
    const named = error?.extensions?.rejected as Rejection[] | undefined;
    if (!named?.length)
      throw Object.assign(new Error(error?.message ?? 'no answer from the graph'), {
        code: String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
      });
    rejected.push(...named.map((x) => ({ ...x, column: header(x.column) })));
    if (!retry) return null;
    const bad = new Set(named.map((x) => x.row));
    todo = todo.filter((x) => !bad.has(x.row));
  }
  return { created: 0, updated: 0, unchanged: 0 };
}

/**
 * Asked once before any row is read: an empty dry run of the kind's bulk mutation, so a caller its
 * write rule refuses gets that refusal (FORBIDDEN, a 403) rather than a report of rows whose codes
 * it cannot see, which would answer 200 for a file it may not import at all.
 */
async function mayImport(graph: GraphClient, kind: ImportKind): Promise<void> {
  const r = await graph(
    `mutation SheetImportProbe { result: ${kind.mutation}(rows: [], dryRun: true) { created } }`,
  );
  if (r.data?.result) return;
  const error = r.errors?.[0];
  throw Object.assign(new Error(error?.message ?? 'no answer from the graph'), {
    code: String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
  });
}

const add = (a: Counts, b: Counts | null) =>
  b &&
  Object.assign(a, {
    created: a.created + b.created,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
  });

/**
 * A spreadsheet into the graph. First pass: every cell checked (types, formats, codes in the graph)
 * and every batch dry-run by its subgraph, so the report names every rejected cell before anything
 * is written. Second pass, unless it is a dry run or (without partial) anything was rejected: the
 * good rows written, batch by batch. Both passes stream the file.
 */
export async function importSheet(opts: ImportOptions): Promise<ImportReport> {
  const kind = importKind(opts.kind);
  const columns = columnsOf(kind);
  const size = opts.batchSize ?? 500;
  const codes = codeLookup(opts.graph);
  const rejected: Rejection[] = [];
  const keys = new Map<string, number>();
  const fileGrids = new Map<string, KnownGrid>();
  const checked: Counts = { created: 0, updated: 0, unchanged: 0 };
  let rows = 0;
  await mayImport(opts.graph, kind);
  for await (const batch of batches(opts.path, kind, columns, size, rejected)) {
    rows += batch.length;
    const before = rejected.length;
    rejected.push(...(await checkCodes(batch, columns, kind, codes, fileGrids)));
    for (const r of batch) {
      const k = keyOf(kind, r);
      if (keys.has(k))
        rejected.push({
          row: r.row,
          column: kind.key.map((f) => columns.find((c) => c.field === f)!.header).join('+'),
          message: `repeats row ${keys.get(k)}`,
        });
      else keys.set(k, r.row);
    }
    const bad = new Set(rejected.slice(before).map((x) => x.row));
    const good = batch.filter((r) => !bad.has(r.row));
    const serverRejected: Rejection[] = [];
    add(checked, await send(opts.graph, kind, columns, good, true, serverRejected, true));
    // A parent on an earlier row is not stored during a dry run; the write pass stores it first.
    rejected.push(
      ...serverRejected.filter(
        (x) =>
          !(
            kind.name === 'grids' &&
            x.column === columns.find((c) => c.field === 'parentCode')!.header &&
            fileGrids.has(String(good.find((g) => g.row === x.row)?.parentCode))
          ),
      ),
    );
    const refused = new Set(rejected.slice(before).map((x) => x.row));
    for (const r of good)
      if (kind.name === 'grids' && !refused.has(r.row))
        fileGrids.set(String(r.code), {
          level: String(r.level),
          regionCode: String(r.communityCode),
        });
    opts.progress?.('check', rows);
  }
  rejected.sort((a, b) => a.row - b.row);
  const report: ImportReport = {
    kind: kind.name,
    rows,
    rejected,
    ...checked,
    stored: false,
    dryRun: Boolean(opts.dryRun),
  };
  if (opts.dryRun || (rejected.length && !opts.partial) || rejected.some((x) => x.row === 1))
    return report;

  const skip = new Set(rejected.map((x) => x.row));
  const written: Counts = { created: 0, updated: 0, unchanged: 0 };
  let done = 0;
  for await (const batch of batches(opts.path, kind, columns, size, [])) {
    const good = batch.filter((r) => !skip.has(r.row));
    if (
      !add(
        written,
        await send(opts.graph, kind, columns, good, false, rejected, Boolean(opts.partial)),
      )
    ) {
      throw new Error(
        `rows ${batch[0].row}–${batch[batch.length - 1].row} were refused after the check (changed meanwhile?); earlier batches were stored`,
      );
    }
    done += batch.length;
    opts.progress?.('write', done);
  }
  return { ...report, ...written, rejected: rejected.sort((a, b) => a.row - b.row), stored: true };
}
