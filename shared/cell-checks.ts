/**
 * Checks of the values a spreadsheet (台账) carries, shared by the importer (every cell, for its
 * report) and the subgraphs' bulk mutations (which never trust the importer). Each returns why a
 * value is wrong, or null.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character of an 18-digit resident ID number (GB 11643, ISO 7064 MOD 11-2). */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

export function idNumberProblem(id: string): string | null {
  if (!/^\d{17}[\dX]$/.test(id))
    return '身份证号 must be 17 digits and a digit or X (18 characters)';
  if (dateProblem(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`))
    return `身份证号 birth date ${id.slice(6, 14)} is not a date`;
  const expected = idNumberCheckChar(id.slice(0, 17));
  return id[17] === expected
    ? null
    : `身份证号 check character is "${id[17]}" but should be "${expected}"`;
}

/** A mainland mobile (1 + 10 digits) or a fixed line with area code (0431-88886666). */
export function phoneProblem(phone: string): string | null {
  return /^1[3-9]\d{9}$/.test(phone) || /^0\d{2,3}-?\d{7,8}$/.test(phone)
    ? null
    : `"${phone}" is not a mobile (11 digits from 13–19) or an area-code phone number`;
}

/** A calendar date written YYYY-MM-DD. */
export function dateProblem(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return `"${date}" is not a date (YYYY-MM-DD)`;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]
    ? null
    : `"${date}" is not a calendar date`;
}
