/**
 * A small seeded pseudo-random generator for the dataset generator: sfc32 (Chris Doty-Humphrey's
 * Small Fast Counting generator, 32-bit), seeded through a string hash so that each part of the
 * dataset draws from its own stream (`fork('reports')`) and adding draws in one part never shifts
 * another. Deterministic on every platform: 32-bit integer arithmetic only, never Math.random.
 */

/** 32-bit FNV-1a of a string, then a murmur3 finaliser: a well-mixed seed word. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** The same seed (number or text) gives the same sequence, always. */
  constructor(readonly seed: number | string) {
    const text = String(seed);
    this.a = hashString(`a:${text}`);
    this.b = hashString(`b:${text}`);
    this.c = hashString(`c:${text}`);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.nextUint32(); // warm up: mix the seed through the state
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An independent stream for one part of the work, named: the same seed and name, the same stream. */
  fork(name: string): Random {
    return new Random(`${String(this.seed)}/${name}`);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min)
      throw new RangeError(`Random.int: bad range ${min}..${max}`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Random.pick: no items');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One element, with probability proportional to its weight. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    if (!(total > 0)) throw new RangeError('Random.weighted: weights must add up to more than 0');
    let r = this.next() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }

  /** A standard normal deviate (Box–Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next(); // (0, 1]: log(0) never happens
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A copy of the items in a random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

/** Spreads `total` over `n` buckets: at least `min` each, the rest by the weights. */
export function spread(total: number, weights: readonly number[], min: number, rng: Random): number[] {
  const out = weights.map(() => min);
  let left = total - min * weights.length;
  const choices = weights.map((w, i) => [i, w] as const);
  while (left > 0) {
    out[rng.weighted(choices)]! += 1;
    left -= 1;
  }
  return out;
}
