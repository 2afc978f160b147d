/**
 * Writes the server's OpenAPI document (what GET /api/docs/json answers) to a file, without a database or a
 * socket: `tsx scripts/openapi-document.ts out.json`. The `openapi:lint` stage of `npm test` lints it with
 * Redocly (redocly.yaml). Building the app runs no query, so the database is a stand-in that refuses any.
 */
import { writeFile } from 'node:fs/promises';
import { loadEnv } from '../src/server/config/env';
import type { Database } from '../src/server/db/database';
import { buildApp } from '../src/server/http/app';

export async function openApiDocument(): Promise<object> {
  const db = new Proxy({} as Database, {
    get(_target, name) {
      throw new Error(`the OpenAPI document needs no database (asked for db.${String(name)})`);
    },
  });
  const app = await buildApp({ db, env: loadEnv({}), webDist: null, logger: false });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
  }
}

const out = process.argv[2];
if (out && import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(out, JSON.stringify(await openApiDocument(), null, 2) + '\n');
}
