import { BadUserInputError } from '../../shared/errors';

/** Dates travel as 'YYYY-MM-DD', months as 'YYYY-MM', quarters as 'YYYYQn': strings compare in time order on both DBs. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})Q([1-4])$/;

export const today = (): string => new Date().toISOString().slice(0, 10);

export function assertDate(value: string, field: string): string {
  const m = DATE.exec(value);
  const d = m && new Date(`${value}T00:00:00Z`);
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new BadUserInputError(`${field} "${value}" must be a date YYYY-MM-DD`, { field });
  }
  return value;
}

export function assertMonth(value: string, field: string): string {
  if (!MONTH.test(value))
    throw new BadUserInputError(`${field} "${value}" must be a month YYYY-MM`, { field });
  return value;
}

export function assertQuarter(value: string, field: string): string {
  if (!QUARTER.test(value))
    throw new BadUserInputError(`${field} "${value}" must be a quarter like 2026Q3`, { field });
  return value;
}

/** The same day `months` months later (or earlier), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const idx = y * 12 + (m - 1) + months;
  const year = Math.floor(idx / 12);
  const month = (idx % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** y*12 + m-1: months as integers, so "months between" is a subtraction (also in SQL). */
export const monthIndex = (month: string): number =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export const quarterOf = (date: string): string =>
  `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

export function previousQuarter(quarter: string): string {
  const y = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  return q === 1 ? `${y - 1}Q4` : `${y}Q${q - 1}`;
}

/** A compound is "red" when it held a linkage meeting in the three months up to asOf: (start, asOf]. */
export const redWindowStart = (asOf: string): string => addMonths(asOf, -3);
