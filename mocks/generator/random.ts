// Small, fully deterministic randomness helpers. Only IEEE-754 basic arithmetic
// (+ - * /, which are correctly rounded everywhere) and integer ops are used, never
// Math.random, Math.exp/log/pow or Date.now, so every JS engine (node, Chromium,
// Firefox, WebKit) produces bit-identical data for the same seed.

/** 32-bit FNV-1a-style hash over a list of strings/numbers, finished with a murmur3 mix. */
export function hashParts(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = typeof part === 'number' ? `#${part}` : part;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f; // separator so ('ab','c') differs from ('a','bc')
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** e^x for x <= 0 using range reduction + Taylor series (basic arithmetic only). */
export function detExp(x: number): number {
  if (x > 0) return 1 / detExp(-x);
  let y = x;
  let squarings = 0;
  while (y < -0.0625) {
    y /= 2;
    squarings++;
  }
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= 7; k++) {
    term = (term * y) / k;
    sum += term;
  }
  for (let i = 0; i < squarings; i++) sum *= sum;
  return sum;
}

/** a^(1/n) for a > 0 by bisection (multiplication only). */
export function detRoot(a: number, n: number): number {
  let lo = Math.min(a, 1);
  let hi = Math.max(a, 1);
  for (let iter = 0; iter < 48; iter++) {
    const mid = (lo + hi) / 2;
    let p = 1;
    for (let i = 0; i < n; i++) p *= mid;
    if (p < a) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** mulberry32 PRNG with convenience draws. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  static from(...parts: ReadonlyArray<string | number>): Rng {
    return new Rng(hashParts(...parts));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform float in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: ReadonlyArray<T>): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Index drawn with probability proportional to weights[i]. */
  weightedIndex(weights: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += weights[i] ?? 0;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Approximately standard normal (Irwin–Hall sum of 4 uniforms, rescaled; |x| < 3.5). */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * 1.7320508075688772;
  }

  /** Poisson(lambda): Knuth for small lambda, normal approximation above 30. */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const limit = detExp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }
}

/**
 * Splits `total` into `n` integers each within [min, max] (total is clamped to the
 * feasible range). Units are handed out one at a time to random non-full slots.
 */
export function partition(rng: Rng, n: number, total: number, min: number, max: number): number[] {
  const out = new Array<number>(n).fill(min);
  let rest = Math.min(Math.max(total, n * min), n * max) - n * min;
  while (rest > 0) {
    const i = Math.floor(rng.next() * n);
    const v = out[i] as number;
    if (v < max) {
      out[i] = v + 1;
      rest--;
    }
  }
  return out;
}

/** Largest-remainder apportionment of `total` over `weights`, each at least `floor`. */
export function apportion(total: number, weights: ReadonlyArray<number>, floor = 0): number[] {
  const n = weights.length;
  const out = new Array<number>(n).fill(floor);
  const rest = Math.max(0, total - floor * n);
  let sum = 0;
  for (const w of weights) sum += w;
  if (n === 0 || sum <= 0) return out;
  const remainders: Array<{ i: number; r: number }> = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = (rest * (weights[i] ?? 0)) / sum;
    const whole = Math.floor(exact);
    out[i] = (out[i] as number) + whole;
    given += whole;
    remainders.push({ i, r: exact - whole });
  }
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < rest - given; k++) {
    const slot = remainders[k % n];
    if (slot) out[slot.i] = (out[slot.i] as number) + 1;
  }
  return out;
}
