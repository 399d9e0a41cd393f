import { createReadStream } from 'node:fs';
import { excel, type ExcelJS } from './exceljs';
import { parse } from '@fast-csv/parse';

/** A cell as the workbook holds it: text, a number, a boolean or a date (exceljs's Date for date-styled cells). */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row number a person sees in Excel (the header is row 1). */
  row: number;
  cells: Cell[];
}

/** Rich text, formulas, hyperlinks: the value a person sees in the cell. */
function plain(v: unknown): Cell {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date)
    return v;
  const o = v as {
    richText?: { text: string }[];
    result?: unknown;
    text?: unknown;
    error?: string;
  };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if ('result' in o) return plain(o.result);
  if ('text' in o) return plain(o.text);
  return o.error ?? String(v);
}

/** The first worksheet's rows, one at a time (exceljs's streaming reader: memory stays flat for any size). */
async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  const reader = new (excel().stream.xlsx.WorkbookReader)(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  // Writers that put xl/workbook.xml after the sheets (SheetJS does) would crash exceljs's lookup of the sheet's name.
  (reader as unknown as { model?: object }).model ??= { sheets: [] };
  let first = true;
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      if (!first) continue;
      const values = (row.values as unknown[]).slice(1);
      yield { row: row.number, cells: Array.from(values, plain) };
    }
    first = false;
  }
}

/** A CSV file (UTF-8, with or without BOM), streamed. */
async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  const stream = createReadStream(path).pipe(parse({ ignoreEmpty: false, trim: false }));
  let n = 0;
  for await (const record of stream as AsyncIterable<string[]>) {
    n++;
    const cells = record.map((c, i) => (n === 1 && i === 0 ? c.replace(/^\uFEFF/, '') : c));
    yield { row: n, cells };
  }
}

export function readRows(path: string): AsyncGenerator<SheetRow> {
  return /\.csv$/i.test(path) ? csvRows(path) : xlsxRows(path);
}
