/** The predecessor-cycle check of the plan import: exact cycles, and no recursion (a 6,000-long chain). */
import { describe, expect, it } from 'vitest';
import { findCycles } from '../../src/domain/monitoring/dependency-cycles';

const graph = (pairs: [string, string][]) => {
  const edges = new Map<string, string[]>();
  for (const [from, to] of pairs) edges.set(from, [...(edges.get(from) ?? []), to]);
  return edges;
};

/** P-00001 depends on nothing, P-00002 on P-00001, … P-0n on P-0(n-1). */
const chain = (n: number) => {
  const codes = Array.from({ length: n }, (_, i) => `P-${String(i + 1).padStart(5, '0')}`);
  return { codes, edges: graph(codes.slice(1).map((c, i) => [c, codes[i]!])) };
};

describe('findCycles', () => {
  it('no cycle in a tree or a diamond', () => {
    expect(
      findCycles(
        ['A', 'B', 'C', 'D'],
        graph([
          ['B', 'A'],
          ['C', 'A'],
          ['D', 'B'],
          ['D', 'C'],
        ]),
      ),
    ).toEqual([]);
  });

  it('a two- and a three-project cycle, each reported once from where the walk re-enters it', () => {
    expect(
      findCycles(
        ['A', 'B'],
        graph([
          ['A', 'B'],
          ['B', 'A'],
        ]),
      ),
    ).toEqual([['A', 'B', 'A']]);
    expect(
      findCycles(
        ['A', 'B', 'C'],
        graph([
          ['A', 'B'],
          ['B', 'C'],
          ['C', 'A'],
        ]),
      ),
    ).toEqual([['A', 'B', 'C', 'A']]);
    // X leads into the cycle without being part of it.
    expect(
      findCycles(
        ['X', 'A', 'B'],
        graph([
          ['X', 'A'],
          ['A', 'B'],
          ['B', 'A'],
        ]),
      ),
    ).toEqual([['A', 'B', 'A']]);
  });

  it('two separate cycles are both reported', () => {
    const edges = graph([
      ['A', 'B'],
      ['B', 'A'],
      ['C', 'D'],
      ['D', 'C'],
    ]);
    expect(findCycles(['A', 'B', 'C', 'D'], edges)).toEqual([
      ['A', 'B', 'A'],
      ['C', 'D', 'C'],
    ]);
  });

  it('a 6,000-long chain walked from its far end has no cycle (a recursive walk overflowed the stack)', () => {
    const { codes, edges } = chain(6000);
    expect(findCycles([...codes].reverse(), edges)).toEqual([]);
  });

  it('a 6,000-long chain closed into a ring is one cycle of 6,001 entries', () => {
    const { codes, edges } = chain(6000);
    edges.set(codes[0]!, [codes[5999]!]);
    const cycles = findCycles([codes[5999]!], edges);
    expect(cycles.length).toBe(1);
    expect(cycles[0]!.length).toBe(6001);
    expect(cycles[0]![0]).toBe('P-06000');
    expect(cycles[0]![1]).toBe('P-05999');
    expect(cycles[0]![6000]).toBe('P-06000');
  });

  it('a 200,000-long chain is still linear work', () => {
    const { codes, edges } = chain(200_000);
    expect(findCycles([...codes].reverse(), edges)).toEqual([]);
  });
});
