/**
 * The paper worker (src/server/papers/render-in-worker.ts, decision 0024): arguments cross by structured clone
 * and the bytes come back; a renderer's error is that render's alone; a worker ended while renders wait
 * refuses them, and only them: the next render starts a new worker that an old worker's end never touches.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { echo, fails, slow } from '../fixtures/paper-renderers';
import {
  paperWorkerRunning,
  renderInWorker,
  stopPaperWorker,
} from '../../src/server/papers/render-in-worker';

const RENDERERS = new URL('../fixtures/paper-renderers.ts', import.meta.url);
const AT = new Date('2026-12-07T04:00:00Z');

afterAll(() => stopPaperWorker());

describe('the paper worker', () => {
  it('renders in the worker with plain data and dates, and reports a renderer’s error on that render only', async () => {
    const bytes = await renderInWorker<typeof echo>(RENDERERS, 'echo', ['เอกสาร', AT]);
    expect(bytes.toString()).toBe('เอกสาร 2026-12-07T04:00:00.000Z');
    await expect(renderInWorker<typeof fails>(RENDERERS, 'fails', ['x'])).rejects.toThrow(
      'paper worker: no paper: x',
    );
    await expect(renderInWorker(RENDERERS, 'missing', [] as never)).rejects.toThrow(
      'has no function missing',
    );
    expect((await renderInWorker<typeof echo>(RENDERERS, 'echo', ['again', AT])).toString()).toContain(
      'again',
    );
    expect(paperWorkerRunning()).toBe(true);
  }, 60_000);

  it('a worker ended while a render waits refuses it; the next render gets a new worker, untouched by the old one’s end', async () => {
    const waiting = renderInWorker<typeof slow>(RENDERERS, 'slow', [30_000]);
    const stopped = stopPaperWorker();
    const next = renderInWorker<typeof echo>(RENDERERS, 'echo', ['second', AT]);
    await expect(waiting).rejects.toThrow('paper worker ended');
    await stopped;
    expect((await next).toString()).toBe('second 2026-12-07T04:00:00.000Z');
  }, 60_000);
});
