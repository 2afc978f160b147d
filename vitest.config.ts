/**
 * Unit, API and command line tests (`npm run test:unit`, `test:db`, `test:db:pg`). The browser tests
 * have their own config: tests/browser/vitest.config.ts.
 *
 * Two projects, so that a unit-only run never pays for a database: the `db` project's global set-up
 * prepares the template database (PGlite, or an embedded PostgreSQL server when TIDTAM_TEST_DB=postgres).
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A failure is a failure: no retries, no `.only` hiding the rest of a suite.
    retry: 0,
    allowOnly: false,
    pool: 'forks',
    // Database tests mostly wait on PGlite or the server: at least two files at a time even on 2 cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    minWorkers: 1,
    teardownTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['tests/api/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          globalSetup: ['tests/setup/postgres-global-setup.ts'],
          // Each worker process runs file after file without re-importing the server's modules (~3–15 s a
          // file: docs/decisions/0014-test-speed.md). Every file still gets its own fresh database; the
          // server keeps no state between apps but caches (passwords.ts's decoy hash). Set it to true to
          // give each file its own process again when hunting something leaking from one file to the next.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
