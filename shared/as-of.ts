import { Arg } from 'type-graphql';
import { LocalDate } from './scalars';

/**
 * The one time argument of every region indicator block (`Region.xIndicators(asOf: LocalDate)`)
 * and the one place it becomes a moment and windows, so "as of", "now" and "the last 30 days" mean
 * the same in every subgraph.
 */
export const AS_OF_DESCRIPTION =
  '截至日期 the day (YYYY-MM-DD, UTC) the indicators are read on; today when omitted. Figures with a date on record follow it (read at the end of that day, or now for today) and windows such as "the last 30 days" end on it';

/** `asOf: LocalDate` (nullable), described once: use it on every Region.xIndicators field. */
export const AsOfArg = (): ReturnType<typeof Arg> =>
  Arg('asOf', () => LocalDate, { nullable: true, description: AS_OF_DESCRIPTION });

const DAY_MS = 86400000;
const dayOf = (d: Date): string => d.toISOString().slice(0, 10);

/** When the indicators are read: a day, the moment on it, and the windows that end on it. */
export interface IndicatorClock {
  /** The day asked, YYYY-MM-DD. */
  day: string;
  /** The moment read at (exclusive): now when the day is today, else the end of the day (the next day's 00:00 UTC). */
  at: Date;
  /** Whether `at` is the present moment (nothing on record lies after it). */
  isNow: boolean;
  /** The first of the `days` days ending on `day`: a window of dates is [firstDay, day]. */
  firstDay(days: number): string;
  /** 00:00 UTC of firstDay(days): the same window in moments is [windowStart, at). */
  windowStart(days: number): Date;
}

/** The clock for an `asOf` argument (already a valid LocalDate, or omitted). */
export function indicatorClock(asOf?: string | null, now: Date = new Date()): IndicatorClock {
  const today = dayOf(now);
  const day = asOf ?? today;
  const isNow = day === today;
  const start = (days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - (days - 1) * DAY_MS);
  return {
    day,
    at: isNow ? now : new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS),
    isNow,
    firstDay: (days) => dayOf(start(days)),
    windowStart: start,
  };
}
