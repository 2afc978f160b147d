// The paper worker's entry (src/server/papers/render-in-worker.ts): plain JavaScript so that a worker thread
// can start it without a loader, then tsx for the TypeScript renderers, as bin/tidtam does for the server.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();

parentPort.on('message', async ({ id, module, name, args }) => {
  try {
    const renderer = (await import(module))[name];
    if (typeof renderer !== 'function') throw new Error(`${module} has no function ${name}`);
    const out = await renderer(...args);
    const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    parentPort.postMessage({ id, bytes });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error?.message ?? error), stack: error?.stack } });
  }
});
