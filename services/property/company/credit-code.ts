import { BadUserInputError } from '../../../shared/errors';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (no I, O, Z, S, V):
 * registration authority, organisation type, 6-digit division code, 9-character organisation
 * code, and a check character computed over the first 17 with weights 3^i mod 31.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters (assumed to be in the charset). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** Why a code is not a valid unified social credit code, or null when it is. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `must be 18 characters, got ${code.length}`;
  const bad = [...code].findIndex((c) => !CREDIT_CODE_CHARSET.includes(c));
  if (bad >= 0)
    return `character ${bad + 1} "${code[bad]}" is not allowed (digits and capitals except I, O, Z, S, V)`;
  if (!/^\d{6}$/.test(code.slice(2, 8)))
    return 'characters 3–8 must be the 6-digit division code of the registering authority';
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return `check character is "${code[17]}" but should be "${expected}"`;
  return null;
}

/** Normalises to upper case and refuses an invalid code with BAD_USER_INPUT. */
export function assertCreditCode(raw: string, field = 'creditCode'): string {
  const code = raw.trim().toUpperCase();
  const problem = creditCodeProblem(code);
  if (problem)
    throw new BadUserInputError(
      `${field} "${raw}" is not a valid unified social credit code: ${problem}`,
      { field },
    );
  return code;
}
