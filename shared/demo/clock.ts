/**
 * The demo city's clock: every generated date is relative to a reference day, so the city is
 * deterministic for (seed, reference day) and a city seeded today looks alive today.
 */
export const DAY_MS = 86400000;

/** Start (00:00 UTC) of the reference day: nothing generated lies after the moment of seeding. */
export function demoNow(reference: Date | string = new Date()): Date {
  const d =
    typeof reference === 'string' ? new Date(`${reference.slice(0, 10)}T00:00:00Z`) : reference;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${String(reference)}`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** yyyy-mm-dd of a date. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** A date `days` before `d` (negative: after). */
export const daysBefore = (d: Date, days: number): Date => new Date(d.getTime() - days * DAY_MS);

/** The later of two yyyy-mm-dd days. */
export const laterDay = (a: string, b: string): string => (a > b ? a : b);
