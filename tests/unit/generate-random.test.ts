/**
 * The dataset generator's seeded generator (src/server/generate/random.ts): the same seed gives the
 * same numbers, the numbers are those of the published sfc32 algorithm (checked against a separate
 * implementation written here in BigInt arithmetic), and their distribution is sane.
 */
import { describe, expect, it } from 'vitest';
import { hashString, Random } from '../../src/server/generate/random';

/** sfc32 written independently, in BigInt modulo 2^32, seeded the way random.ts documents. */
function referenceSfc32(a0: number, b0: number, c0: number) {
  const M = 0x1_0000_0000n;
  let a = BigInt(a0);
  let b = BigInt(b0);
  let c = BigInt(c0);
  let d = 1n;
  return () => {
    const t = (a + b + d) % M;
    d = (d + 1n) % M;
    a = b ^ (b >> 9n);
    b = (c + c * 8n) % M;
    c = ((c << 21n) % M) | (c >> 11n);
    c = (c + t) % M;
    return Number(t);
  };
}

/** FNV-1a and the murmur3 finaliser, in BigInt, as the seed hash. */
function referenceHash(text: string): number {
  const M = 0x1_0000_0000n;
  let h = 0x811c9dc5n;
  for (const ch of text) {
    h ^= BigInt(ch.charCodeAt(0));
    h = (h * 0x01000193n) % M;
  }
  h ^= h >> 16n;
  h = (h * 0x85ebca6bn) % M;
  h ^= h >> 13n;
  h = (h * 0xc2b2ae35n) % M;
  h ^= h >> 16n;
  return Number(h);
}

describe('Random (sfc32)', () => {
  it('hashes seeds like FNV-1a with a murmur3 finaliser', () => {
    for (const text of ['', 'a', 'a:1', 'tidtam-generate/100/1', 'ไทย']) {
      expect(hashString(text)).toBe(referenceHash(text));
    }
  });

  it('produces the sfc32 sequence of its seed words (after 15 warm-up draws)', () => {
    for (const seed of [1, 42, 'reports']) {
      const ref = referenceSfc32(hashString(`a:${seed}`), hashString(`b:${seed}`), hashString(`c:${seed}`));
      for (let i = 0; i < 15; i++) ref();
      const rng = new Random(seed);
      for (let i = 0; i < 1000; i++) expect(rng.nextUint32()).toBe(ref());
    }
  });

  it('is deterministic: the same seed, the same numbers; another seed, others', () => {
    const draw = (seed: number | string) => {
      const r = new Random(seed);
      return Array.from({ length: 50 }, () => r.int(0, 1_000_000));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw('7')).toEqual(draw(7)); // a number seed is its decimal text
    expect(draw(7)).not.toEqual(draw(8));
    const a = new Random(1).fork('units');
    const b = new Random(1).fork('units');
    const c = new Random(1).fork('users');
    const seqA = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(seqA);
    // a fork does not depend on how much the parent has drawn
    const parent = new Random(1);
    for (let i = 0; i < 100; i++) parent.next();
    const d = parent.fork('units');
    expect(Array.from({ length: 20 }, () => d.nextUint32())).toEqual(seqA);
  });

  it('draws uniformly: floats in [0, 1), dice faces, chances and weights in proportion', () => {
    const r = new Random('distribution');
    const n = 120_000;
    let sum = 0;
    let min = 1;
    let max = 0;
    const faces = [0, 0, 0, 0, 0, 0];
    let heads = 0;
    const weighted = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < n; i++) {
      const x = r.next();
      sum += x;
      min = Math.min(min, x);
      max = Math.max(max, x);
      faces[r.int(1, 6) - 1]! += 1;
      if (r.chance(0.3)) heads += 1;
      weighted[
        r.weighted([
          ['a', 1],
          ['b', 2],
          ['c', 7],
        ] as const)
      ] += 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2);
    // chi-square of the six faces, 5 degrees of freedom: below 20.5 with probability 0.999
    const expected = n / 6;
    const chi2 = faces.reduce((acc, f) => acc + (f - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(20.5);
    expect(heads / n).toBeCloseTo(0.3, 2);
    expect(weighted.a / n).toBeCloseTo(0.1, 2);
    expect(weighted.b / n).toBeCloseTo(0.2, 2);
    expect(weighted.c / n).toBeCloseTo(0.7, 2);
  });

  it('keeps int() within its bounds, both included, and normal() around its mean', () => {
    const r = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(-2, 2);
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThanOrEqual(2);
      seen.add(v);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
    expect(r.int(5, 5)).toBe(5);
    expect(() => r.int(3, 2)).toThrow(RangeError);
    expect(() => r.int(0.5, 2)).toThrow(RangeError);
    expect(() => r.pick([])).toThrow(RangeError);
    expect(() => r.weighted([['x', 0]])).toThrow(RangeError);
    let total = 0;
    let squares = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      const x = r.normal(10, 2);
      total += x;
      squares += (x - 10) ** 2;
    }
    expect(total / n).toBeCloseTo(10, 1);
    expect(Math.sqrt(squares / n)).toBeCloseTo(2, 1);
  });

  it('shuffles into a permutation, every position reachable', () => {
    const r = new Random(9);
    const items = Array.from({ length: 10 }, (_, i) => i);
    const firsts = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const s = r.shuffle(items);
      expect([...s].sort((a, b) => a - b)).toEqual(items);
      firsts.add(s[0]!);
    }
    expect(firsts.size).toBe(10);
    expect(items).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]); // the input is left alone
  });
});
