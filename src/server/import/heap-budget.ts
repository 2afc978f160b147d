/**
 * A large import's garbage, collected as it goes (decision 0029). Streaming keeps what an import *holds*
 * to one batch, but every cell of every row is a new string, and the batches live across a database round
 * trip, so they reach V8's old generation; V8 collects it only once the heap has grown to a multiple of
 * what is live, so a 100,000-row file left the server ~140 MB larger than idle (docs/benchmarks.md). A cap on
 * the whole heap (--max-old-space-size) would bound that too, but would also kill the process for every
 * user when one paper or export needs more. Instead the import itself asks for a full collection whenever
 * the heap has grown by `slackBytes` since the last one: a few collections per 100,000 rows, each a few
 * tens of milliseconds, and nothing else in the server is limited.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap growth an import may leave to V8 before it collects (the goal is 100 MB over the idle server). */
export const IMPORT_HEAP_SLACK_BYTES = 16 * 1024 * 1024;

let exposed: (() => void) | null | undefined;

/**
 * V8's full collection as a function. The flag is set at run time and `gc` read from a fresh context,
 * as jest's leak detector does; if the runtime refuses, imports run without it (V8 still collects).
 */
function fullCollection(): (() => void) | null {
  if (exposed === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      exposed = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      exposed = null;
    }
  }
  return exposed;
}

export interface HeapProbe {
  /** Bytes of the heap in use now. */
  used(): number;
  /** A full collection, or null when the runtime has none to offer. */
  collect: (() => void) | null;
}

const v8Probe = (): HeapProbe => ({
  used: () => getHeapStatistics().used_heap_size,
  collect: fullCollection(),
});

export class HeapBudget {
  private floor: number;
  /** Full collections asked for so far. */
  collections = 0;

  constructor(
    private readonly slackBytes = IMPORT_HEAP_SLACK_BYTES,
    private readonly probe: HeapProbe = v8Probe(),
  ) {
    this.floor = probe.used();
  }

  /** Called between batches: collects once the heap has grown by the slack since the last collection. */
  afterBatch(): void {
    if (this.probe.collect === null || this.probe.used() - this.floor < this.slackBytes) return;
    this.probe.collect();
    this.collections++;
    // What is live now is the new floor: an import that legitimately holds more is not collected per batch.
    this.floor = this.probe.used();
  }
}
