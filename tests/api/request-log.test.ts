/** Issue 14.16: at the default level, one concise log line per API request (Fastify's default wrote two). */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/server/config/env';
import type { Database } from '../../src/server/db/database';
import { buildApp } from '../../src/server/http/app';
import { createTestDatabase } from '../helpers/test-db';

const lines: Record<string, unknown>[] = [];
const stream = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let db: Database;
let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildApp({ db, env: loadEnv({}), webDist: null, logger: { stream } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('request log at info', () => {
  it('writes one line per API request, none for the health check, without query, pid or hostname', async () => {
    lines.length = 0;
    await app.inject({ method: 'GET', url: '/api/health' });
    await app.inject({ method: 'GET', url: '/api/auth/me?secret=1' });
    await app.inject({ method: 'GET', url: '/api/auth/config' });
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => String(l.msg).replace(/\d+ ms$/, 'N ms'))).toEqual([
      'GET /api/auth/me 401 N ms',
      'GET /api/auth/config 200 N ms',
    ]);
    for (const line of lines) {
      expect(line.level).toBe(30);
      expect(line).not.toHaveProperty('pid');
      expect(line).not.toHaveProperty('hostname');
      expect(JSON.stringify(line)).not.toContain('secret');
    }
  });
});
