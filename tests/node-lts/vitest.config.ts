/**
 * `npm run test:node-lts` (scripts/test-node-lts.sh) runs this under each supported LTS line of Node.js:
 * the unit tests and the served app's smoke test (tests/node-lts/serve.test.ts). No database set-up: the
 * smoke test serves the demo from an empty PGlite directory, as `npm start` does on a fresh machine.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/node-lts/**/*.test.ts'],
    pool: 'forks',
    retry: 0,
    allowOnly: false,
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
