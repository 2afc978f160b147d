/**
 * Papers (DOCX, XLSX) are rendered in a worker thread that ends once it has been idle for a while.
 * docx, exceljs, echarts and resvg, their fonts and a paper's own buffers then live in the worker's heap:
 * a committee paper added 140–170 MB that the server kept for good when it rendered in-process
 * (issue 14 item 20, docs/benchmarks.md "Memory"); now that memory is given back when the worker ends, and
 * the server itself never loads those modules. One worker serves every request while it lives (a paper
 * asked for twice in a row pays the start-up once); a heap limit keeps one runaway paper from taking the
 * server down with it.
 */
import { Worker } from 'node:worker_threads';

/** How long an idle worker is kept for the next paper (a committee paper is often asked for as DOCX then XLSX). */
const IDLE_MS = Number(process.env.TIDTAM_PAPER_WORKER_IDLE_MS ?? 20_000);
const HEAP_LIMIT_MB = 768;
const ENTRY = new URL('./paper-worker.mjs', import.meta.url);

interface Waiting {
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

/** A worker and the renders it was given: when it fails, only those are refused, never a newer worker's. */
interface PaperWorker {
  thread: Worker;
  jobs: Map<number, Waiting>;
}

let current: PaperWorker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let nextId = 1;

type Reply = { id: number; bytes?: Uint8Array; error?: { message: string; stack?: string } };

function startWorker(): PaperWorker {
  const thread = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } });
  const self: PaperWorker = { thread, jobs: new Map() };
  thread.on('message', (msg: Reply) => {
    const job = self.jobs.get(msg.id);
    if (!job) return;
    self.jobs.delete(msg.id);
    if (msg.error) {
      const error = new Error(`paper worker: ${msg.error.message}`);
      if (msg.error.stack) error.stack = msg.error.stack;
      job.reject(error);
    } else {
      job.resolve(Buffer.from(msg.bytes!.buffer, msg.bytes!.byteOffset, msg.bytes!.byteLength));
    }
    if (current === self) armIdleTimer();
  });
  const fail = (error: Error) => {
    // the next paper starts a new worker
    if (current === self) current = null;
    for (const job of self.jobs.values()) job.reject(error);
    self.jobs.clear();
  };
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`paper worker ended (exit ${code})`)));
  return self;
}

function armIdleTimer() {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!current || current.jobs.size > 0) return;
  // An idle worker must not keep the process (a command, a test) alive; a working one must.
  current.thread.unref();
  idleTimer = setTimeout(() => void stopPaperWorker(), IDLE_MS);
  idleTimer.unref();
}

/**
 * Calls `name` exported by the TypeScript module at `module` (a file URL of a renderer in src/server/papers)
 * in the paper worker with `args` (copied by structured clone: plain data, dates, no functions) and returns
 * the Buffer it returns. Name the renderer's type (`renderInWorker<typeof renderPlanDocx>`, from an
 * `import type`) so that its arguments are checked without loading its module here.
 */
export function renderInWorker<Render extends (...args: never[]) => Promise<Buffer>>(
  module: URL,
  name: string,
  args: Parameters<Render>,
): Promise<Buffer> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const w = (current ??= startWorker());
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    w.jobs.set(id, { resolve, reject });
    w.thread.ref();
    w.thread.postMessage({ id, module: module.href, name, args });
  });
}

/** Ends the worker now (server shutdown; tests). Waiting renders are refused. */
export async function stopPaperWorker(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const w = current;
  current = null;
  if (w) await w.thread.terminate();
}

/** Whether a worker is alive now. */
export const paperWorkerRunning = () => current !== null;
