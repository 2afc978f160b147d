/**
 * Rendering tests (`npm run test:render`): the committee paper's DOCX through LibreOffice (headless) to
 * PDF, its text read back with pdftotext and its pages drawn with pdftoppm. One file at a time; they get
 * their database from tests/helpers/test-db.ts, hence the same global set-up as the API tests.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/render/**/*.test.ts'],
    globalSetup: ['tests/setup/postgres-global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    retry: 0,
    allowOnly: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
