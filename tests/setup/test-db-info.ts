/**
 * What the global set-up hands to the test workers (through vitest's provide/inject) so that
 * tests/helpers/test-db.ts can make a fresh, migrated database quickly.
 */
export type TestDbInfo =
  | {
      kind: 'pglite';
      /** A closed, migrated PGlite data directory: each test database starts as a copy of it. */
      templateDir: string;
      /** Where the copies go; removed at teardown. */
      workDir: string;
    }
  | {
      kind: 'postgres';
      /** Superuser connection to the maintenance database `postgres` of the embedded server. */
      adminUrl: string;
      /** Migrated database every test database is created from (`create database … template …`). */
      templateDatabase: string;
    };

export type TestDbKind = TestDbInfo['kind'];

/** TIDTAM_TEST_DB selects the database kind: unset or 'pglite' (default), or 'postgres'. */
export function testDbKindFromEnv(env: NodeJS.ProcessEnv = process.env): TestDbKind {
  const value = env.TIDTAM_TEST_DB ?? 'pglite';
  if (value === 'pglite' || value === 'postgres') return value;
  throw new Error(`TIDTAM_TEST_DB must be 'pglite' or 'postgres', not '${value}'`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    tidtamTestDb: TestDbInfo;
  }
}
