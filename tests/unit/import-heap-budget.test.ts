import { describe, expect, it } from 'vitest';
import { HeapBudget, type HeapProbe } from '../../src/server/import/heap-budget';

const MB = 1024 * 1024;

/** A heap whose use the test sets; a collection brings it down to what is `live`. */
function fakeHeap(start: number) {
  const heap = { used: start, live: start, collections: 0 };
  const probe: HeapProbe = {
    used: () => heap.used,
    collect: () => {
      heap.collections++;
      heap.used = heap.live;
    },
  };
  return { heap, probe };
}

describe('HeapBudget (decision 0029)', () => {
  it('collects only once the heap has grown by the slack since the import began', () => {
    const { heap, probe } = fakeHeap(100 * MB);
    const budget = new HeapBudget(16 * MB, probe);
    heap.used = 116 * MB - 1;
    budget.afterBatch();
    expect(heap.collections).toBe(0);
    heap.used = 116 * MB;
    budget.afterBatch();
    expect({ collections: heap.collections, counted: budget.collections, used: heap.used }).toEqual({
      collections: 1,
      counted: 1,
      used: 100 * MB,
    });
  });

  it('measures the next slack from what is live after a collection, so a larger live heap is not collected each batch', () => {
    const { heap, probe } = fakeHeap(100 * MB);
    const budget = new HeapBudget(16 * MB, probe);
    heap.live = 130 * MB; // the import legitimately holds 30 MB more
    heap.used = 140 * MB;
    budget.afterBatch();
    expect(heap.collections).toBe(1);
    heap.used = 145 * MB; // 15 MB above the new floor of 130 MB
    budget.afterBatch();
    expect(heap.collections).toBe(1);
    heap.used = 146 * MB;
    budget.afterBatch();
    expect(heap.collections).toBe(2);
  });

  it('does nothing where the runtime offers no collection', () => {
    const { heap, probe } = fakeHeap(0);
    const budget = new HeapBudget(1, { used: probe.used, collect: null });
    heap.used = 500 * MB;
    budget.afterBatch();
    expect(budget.collections).toBe(0);
  });

  it('gets a real full collection from V8 in this Node.js', () => {
    const budget = new HeapBudget(0);
    let garbage: string[] | null = Array.from({ length: 200_000 }, (_, i) => `row ${i}`);
    expect(garbage.length).toBe(200_000);
    garbage = null;
    budget.afterBatch();
    expect(budget.collections).toBe(1);
  });
});
