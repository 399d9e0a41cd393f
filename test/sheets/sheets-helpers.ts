import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { demoIdNumber } from '../../shared/demo/id-numbers';
import { graphClient } from '../../gateway/sheets/graph-client';
import { tokenFor } from '../helpers/auth';
import type { Role } from '../../shared/viewer';
import type { Stack } from '../helpers/stack';

const dir = mkdtempSync(join(tmpdir(), 'sheets-'));
let files = 0;

/** A workbook written by SheetJS, not by the importer's exceljs, so the format is not tuned to itself. */
export function sheetjsWorkbook(rows: unknown[][], name = 'book'): string {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '台账');
  const path = join(dir, `${name}-${++files}.xlsx`);
  XLSX.writeFile(wb, path);
  return path;
}

export function csvFile(rows: string[][]): string {
  const path = join(dir, `file-${++files}.csv`);
  writeFileSync(
    path,
    '\uFEFF' +
      rows
        .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
        .join('\r\n'),
  );
  return path;
}

export const tmpPath = (name: string) => join(dir, `${++files}-${name}`);

/** A valid 18-digit ID number, distinct per sequence number. */
export const idNumber = (seq: number) => demoIdNumber(seq);

export async function graphAs(stack: Stack, role: Role, prefix: string) {
  return graphClient(stack.gatewayUrl, await tokenFor(role, prefix));
}

export const readBack = (path: string, sheet = 0) => {
  const wb = XLSX.readFile(path);
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[sheet]], {
    header: 1,
    raw: false,
    defval: '',
  });
};
