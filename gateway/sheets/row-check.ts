import { GridLevel } from '../../services/grid/grid/grid.entity';
import { PARENT_LEVEL } from '../../services/grid/grid/grid.mutations';
import { parseCell } from './cells';
import type { Column, ImportKind } from './kinds';
import type { CodeLookup, KnownGrid } from './code-lookup';
import type { Cell } from './reader';

export interface Rejection {
  row: number;
  column: string;
  message: string;
}

export type Input = Record<string, unknown> & { row: number };

/** Which column each cell index holds, by header (Chinese term or field name); missing required columns. */
export function mapHeader(cells: Cell[], columns: Column[]) {
  const byHeader = new Map(
    columns.flatMap(
      (c) =>
        [
          [c.header, c],
          [c.field, c],
        ] as const,
    ),
  );
  const at = cells.map((h) => byHeader.get(String(h ?? '').trim()) ?? null);
  const missing = columns.filter((c) => c.required && c.type !== 'Boolean' && !at.includes(c));
  return { at, missing };
}

/** A row's cells as the bulk mutation's input, with every cell that fails its type or format. */
export function parseRow(
  row: number,
  cells: Cell[],
  at: (Column | null)[],
  columns: Column[],
): { input: Input; rejections: Rejection[] } {
  const input: Input = { row };
  const rejections: Rejection[] = [];
  for (const column of columns) {
    const i = at.indexOf(column);
    const parsed = parseCell(i >= 0 ? (cells[i] ?? null) : null, column);
    if ('message' in parsed)
      rejections.push({ row, column: column.header, message: parsed.message });
    else {
      input[column.field] = parsed.value;
      const check = column.check;
      const problem =
        check && 'format' in check && typeof parsed.value === 'string'
          ? check.format(parsed.value)
          : null;
      if (problem) rejections.push({ row, column: column.header, message: problem });
    }
  }
  return { input, rejections };
}

/** Codes that must exist in the graph, at the right level; grids named earlier in the same file count for parents. */
export async function checkCodes(
  batch: Input[],
  columns: Column[],
  kind: ImportKind,
  codes: CodeLookup,
  fileGrids: Map<string, KnownGrid>,
) {
  const coded = columns.filter((c) => c.check && !('format' in c.check));
  const values = (c: Column) =>
    batch.map((r) => r[c.field]).filter((v): v is string => typeof v === 'string' && v !== '');
  await codes.loadGrids(coded.filter((c) => c.check && 'grid' in c.check).flatMap(values));
  await codes.loadRegions(coded.filter((c) => c.check && 'region' in c.check).flatMap(values));
  const rejections: Rejection[] = [];
  for (const r of batch) {
    for (const c of coded) {
      const v = r[c.field];
      if (typeof v !== 'string' || !v) continue;
      const check = c.check!;
      const reject = (message: string) =>
        rejections.push({ row: r.row, column: c.header, message });
      if ('region' in check) {
        const level = codes.regionLevel(v);
        if (!level) reject(`${v} is not a known division code (or is outside your jurisdiction)`);
        else if (level !== check.region) reject(`${v} is a ${level}, not a ${check.region}`);
      } else if ('grid' in check) {
        const grid = codes.grid(v) ?? (check.inFile ? fileGrids.get(v) : undefined);
        if (!grid)
          reject(
            `grid ${v} does not exist (or is outside your jurisdiction)${check.inFile ? ' and is not on an earlier row' : ''}`,
          );
        else if (check.grid && !check.grid.includes(grid.level))
          reject(`grid ${v} is ${grid.level}, not ${check.grid.join(' or ')}`);
        else if (kind.name === 'grids') {
          const wanted = PARENT_LEVEL[r.level as GridLevel];
          if (wanted && (grid.level !== wanted || grid.regionCode !== r.communityCode))
            reject(
              `the parent of a ${r.level} grid must be a ${wanted} grid of community ${r.communityCode}`,
            );
        }
      }
    }
  }
  return rejections;
}

/** The natural key of an input row. */
export const keyOf = (kind: ImportKind, r: Input) =>
  kind.key.map((k) => String(r[k] ?? '')).join('|');
