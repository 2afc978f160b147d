/**
 * Browser tests (`npm run test:browser`): Debian's Chromium driven by playwright-core, one file at a
 * time in a single process (each file starts a real server and a browser). Like the API tests, they get
 * their databases from tests/helpers/test-db.ts, hence the same global set-up.
 */
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/browser/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/browser/fixtures/**'],
    globalSetup: ['tests/setup/postgres-global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    retry: 0,
    allowOnly: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // expect.poll waits for a page to show a figure after its API calls; vitest's 1 s default is shorter than
    // a dashboard's five requests take on a loaded 2-core machine. A wait budget, not a retry: a wrong figure
    // still fails, only later.
    expect: { poll: { timeout: 10_000 } },
  },
});
