import { idNumberCheckChar } from '../cell-checks';

/** A valid, distinct 18-digit ID number for each sequence number below 16.8 million (fictional people). */
export function demoIdNumber(seq: number, division = '220602'): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const birth = `${1950 + (seq % 50)}${pad(1 + (Math.floor(seq / 50) % 12), 2)}${pad(1 + (Math.floor(seq / 600) % 28), 2)}`;
  const first17 = `${division}${birth}${pad(Math.floor(seq / 16800) % 1000, 3)}`;
  return first17 + idNumberCheckChar(first17);
}
