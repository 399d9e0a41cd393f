import type { Column } from './kinds';
import type { Cell } from './reader';

const TRUE = new Set(['是', 'true', 'TRUE', '1', 'Y', 'y', '√']);
const FALSE = new Set(['否', 'false', 'FALSE', '0', 'N', 'n', '']);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The text of a cell; a date-styled cell becomes YYYY-MM-DD, and so does a date column's serial number. */
function text(cell: Cell, column: Column): string {
  if (cell == null) return '';
  if (cell instanceof Date) return iso(cell);
  if (typeof cell === 'number' && /On$|Since$/.test(column.field) && cell > 1000 && cell < 100000)
    return iso(new Date(EXCEL_EPOCH + cell * 86400000));
  // A long digit string typed as a number (an ID or grid code) loses nothing below 2^53; the 18-digit ones must be text.
  return String(cell).trim();
}

export type Parsed = { value: unknown } | { message: string };

/** A cell converted to the row input's type, or why not; format checks follow in the importer. */
export function parseCell(cell: Cell, column: Column): Parsed {
  const raw = text(cell, column);
  if (raw === '')
    return column.required && column.type !== 'Boolean'
      ? { message: `${column.header} is required` }
      : { value: column.type === 'Boolean' ? false : null };
  switch (column.type) {
    case 'Int':
      return /^-?\d+$/.test(raw)
        ? { value: Number(raw) }
        : { message: `"${raw}" is not a whole number` };
    case 'Boolean':
      if (TRUE.has(raw)) return { value: true };
      if (FALSE.has(raw)) return { value: false };
      return { message: `"${raw}" is not 是 or 否` };
    case 'enum': {
      const value = column.enum!.toValue.get(raw);
      return value
        ? { value }
        : { message: `"${raw}" is not one of ${[...column.enum!.toLabel.values()].join('、')}` };
    }
    default:
      return {
        value:
          column.field === 'companyCreditCode' || column.field === 'idNumber'
            ? raw.toUpperCase()
            : raw,
      };
  }
}
