import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { BadUserInputError } from './errors';
import { GRID_CODE_LENGTH, REGION_CODE_LENGTHS } from './codes';

/**
 * The graph's domain scalars: a value that is not a real date, month, quarter or code never reaches
 * a resolver; the caller gets BAD_USER_INPUT (the message names the argument and the path). They
 * travel as strings that compare in time order on both databases, so resolvers keep plain strings.
 */
/**
 * A literal refused: a plain error carrying the extensions, so that graphql-js wraps it with the
 * literal's location (a GraphQLError it would pass on without one), and shared/scalar-fields.ts
 * can name the input field.
 */
class LiteralRefused extends Error {
  readonly extensions: Record<string, unknown>;
  constructor(message: string, scalar: string) {
    super(message);
    this.extensions = { code: 'BAD_USER_INPUT', scalar };
  }
}

function stringScalar(
  name: string,
  description: string,
  problem: (v: string) => string | null,
): GraphQLScalarType<string, string> {
  const why = (value: unknown): string | null => {
    if (typeof value !== 'string') return `${name} must be a string`;
    const problemOf = problem(value);
    return problemOf ? `"${value}" is not a ${name}: ${problemOf}` : null;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (v) => String(v),
    parseValue: (value) => {
      const refused = why(value);
      if (refused) throw new BadUserInputError(refused, { scalar: name });
      return value as string;
    },
    parseLiteral: (ast: ValueNode) => {
      const refused = why(ast.kind === Kind.STRING ? ast.value : undefined);
      if (refused) throw new LiteralRefused(refused, name);
      return (ast as { value: string }).value;
    },
  });
}

/** Whether `value` (YYYY-MM-DD) is a day of the calendar: 2026-02-29 and 2026-13-45 are not. */
export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const LocalDate = stringScalar(
  'LocalDate',
  '日期 a calendar day, YYYY-MM-DD (e.g. 2026-03-01); not a time, no zone',
  (v) => (isLocalDate(v) ? null : 'expected a real calendar day YYYY-MM-DD'),
);

export const YearMonth = stringScalar(
  'YearMonth',
  '月份 a calendar month, YYYY-MM (e.g. 2026-03)',
  (v) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? null : 'expected YYYY-MM with a month 01–12'),
);

export const Quarter = stringScalar(
  'Quarter',
  '季度 a calendar quarter, YYYYQn (e.g. 2026Q3)',
  (v) => (/^\d{4}Q[1-4]$/.test(v) ? null : 'expected YYYYQ1 to YYYYQ4'),
);

export const GridCode = stringScalar(
  'GridCode',
  '网格编码 a 15-digit grid code: its first 12 digits are its community',
  (v) =>
    new RegExp(`^\\d{${GRID_CODE_LENGTH}}$`).test(v) ? null : `expected ${GRID_CODE_LENGTH} digits`,
);

export const RegionCode = stringScalar(
  'RegionCode',
  '区划代码 a 6-digit city or district (GB/T 2260), 9-digit street or 12-digit community code',
  (v) =>
    /^\d+$/.test(v) && (REGION_CODE_LENGTHS as readonly number[]).includes(v.length)
      ? null
      : 'expected 6, 9 or 12 digits',
);

/** Today as a LocalDate (UTC), for "not in the future" rules. */
export const todayLocal = (): string => new Date().toISOString().slice(0, 10);

/** BAD_USER_INPUT naming `field` when the day has not happened yet. */
export function assertNotFuture(date: string, field: string): string {
  if (date > todayLocal())
    throw new BadUserInputError(`${field} ${date} is in the future`, { field });
  return date;
}
