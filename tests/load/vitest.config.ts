/**
 * `npm run test:load`: the load test alone (tests/load/load.test.ts), with the database global set-up
 * of the API tests (PGlite, or embedded PostgreSQL with TIDTAM_TEST_DB=postgres). Not part of `npm test`.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/load/**/*.test.ts'],
    globalSetup: ['tests/setup/postgres-global-setup.ts'],
    pool: 'forks',
    retry: 0,
    allowOnly: false,
    hookTimeout: 300_000,
    teardownTimeout: 30_000,
  },
});
