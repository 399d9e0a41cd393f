/**
 * Deterministic seeded PRNG for demo data. Same seed, same stream, on every platform:
 * only 32-bit integer arithmetic (Math.imul) feeds the generator.
 */

/** FNV-1a over UTF-16 units, then a murmur3 finaliser so similar labels land far apart. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

function toState(seed: number | string): number {
  if (typeof seed === 'string') return hash32(seed);
  // Non-integers and huge numbers go through their text so no bits are silently dropped.
  if (!Number.isSafeInteger(seed)) return hash32(String(seed));
  return mix32((seed >>> 0) ^ mix32(Math.floor(seed / 0x100000000) >>> 0));
}

export class Rng {
  /** The 32-bit seed this stream started from; forks derive from it, not from the moving state. */
  readonly seed: number;
  private state: number;

  constructor(seed: number | string) {
    this.seed = toState(seed);
    this.state = this.seed;
  }

  /** mulberry32: tiny, fast, passes the statistical tests that matter for fixtures. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    const lo = Math.ceil(Math.min(min, max));
    const hi = Math.floor(Math.max(min, max));
    if (hi < lo) throw new RangeError(`Rng.int: empty range [${min}, ${max}]`);
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Rng.pick: empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Weight-proportional pick; entries with weight <= 0 are never chosen. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) if (w > 0) total += w;
    if (!(total > 0)) throw new RangeError('Rng.weighted: no positive weight');
    let r = this.next() * total;
    let last: T | undefined;
    for (const [value, w] of entries) {
      if (w <= 0) continue;
      last = value;
      r -= w;
      if (r < 0) return value;
    }
    // Floating-point rounding can leave r a hair above zero; the last positive entry wins.
    return last as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }

  /** Independent sub-stream keyed by label: draws taken here never shift another fork. */
  fork(label: string): Rng {
    return new Rng(`${this.seed}/${label}`);
  }

  /** Box–Muller; 1 - next() keeps log() away from zero. */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
