/** A real tidtam server for browser tests: fresh database with the demo, the built web app, a free port. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/server/db/database';
import { loadEnv } from '../../src/server/config/env';
import { loadDemo } from '../../src/server/demo/load-demo';
import { buildApp } from '../../src/server/http/app';
import { createTestDatabase } from '../helpers/test-db';

const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export async function startAppServer(): Promise<{
  url: string;
  app: FastifyInstance;
  db: Database;
  close: () => Promise<void>;
}> {
  if (!existsSync(`${WEB_DIST}index.html`)) throw new Error('dist/web is missing: run `npm run build` first');
  const db = await createTestDatabase();
  await loadDemo(db);
  const app = await buildApp({ db, env: loadEnv({}), webDist: WEB_DIST });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    app,
    db,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
