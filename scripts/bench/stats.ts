/** Percentiles of latencies (ms), and the number formats the report uses. */
export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summarize(values: number[]): Latency {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s[s.length - 1] ?? NaN,
    mean,
  };
}

export const ms = (v: number) =>
  Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(1)) : '–';
export const num = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
export const ratio = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
export const mb = (bytes: number) =>
  Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : '–';

/** The mean of the runs that count (no errors). */
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Log-log slope between two points: 1.0 means time grows linearly with rows, 0 means flat. */
export function growthExponent(rows1: number, t1: number, rows2: number, t2: number): number {
  if (rows1 <= 0 || rows2 <= 0 || rows1 === rows2) return NaN;
  return Math.log(t2 / t1) / Math.log(rows2 / rows1);
}
