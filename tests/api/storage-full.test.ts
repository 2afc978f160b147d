/**
 * A disk that fills while the server runs (issue 15, item 11): the error is injected at the database
 * layer (every insert fails as the disk-full error would), since filling a real disk under a running
 * test is slow and needs root. The PGlite error is the one measured on a full 60 MB tmpfs: SQLSTATE 53100
 * 'could not write to file "pg_wal/xlogtemp.42": No space left on device'.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/server/config/env';
import type { Database, Queryable } from '../../src/server/db/database';
import { isStorageFullError } from '../../src/server/db/storage-full';
import { DEMO_PASSWORD } from '../../src/server/demo/load-demo';
import { buildApp } from '../../src/server/http/app';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import type { ProjectListItem } from '../../src/shared/api/monitoring';
import { changeHeaders, CSRF, expectApiError } from '../helpers/api-app';
import { createDemoDatabase } from '../helpers/demo-template';
import { testDbKind } from '../helpers/test-db';

const errorWith = (message: string, props: Record<string, unknown>) =>
  Object.assign(new Error(message), props);
const FAULTS: Record<string, Error> = {
  'PGlite (SQLSTATE 53100 on a WAL write)': errorWith(
    'could not write to file "pg_wal/xlogtemp.42": No space left on device',
    { code: '53100', name: 'error' },
  ),
  'PostgreSQL (53100 disk_full)': errorWith(
    'could not extend file "base/16384/16390": No space left on device',
    { code: '53100', severity: 'ERROR' },
  ),
  'Node (ENOSPC)': errorWith('ENOSPC: no space left on device, write', { code: 'ENOSPC', errno: -28 }),
  'Emscripten file system (errno 51)': errorWith('FS error', { name: 'ErrnoError', errno: 51 }),
};

let inner: Database;
let fault: Error | null = null;
let log = '';
let app: Awaited<ReturnType<typeof buildApp>>;
let cookie = '';
let projectId = 0;

const failing = (q: Queryable): Queryable => ({
  async query<T>(sql: string, params?: readonly unknown[]) {
    if (fault && /\binsert\s+into\b/i.test(sql)) throw fault;
    return q.query<T>(sql, params);
  },
  exec: (sql) => q.exec(sql),
});

beforeAll(async () => {
  inner = await createDemoDatabase();
  const db: Database = {
    kind: inner.kind,
    ...failing(inner),
    transaction: (fn) => inner.transaction((tx) => fn(failing(tx))),
    close: () => inner.close(),
  };
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  app = await buildApp({ db, env: loadEnv({}), webDist: null, logger: { stream } });
  await app.ready();
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: CSRF,
    payload: { username: 'focal.bhrdi', password: DEMO_PASSWORD },
  });
  cookie = `${SESSION_COOKIE}=${res.cookies.find((c) => c.name === SESSION_COOKIE)!.value}`;
  const projects = await app.inject({
    method: 'GET',
    url: '/api/projects?asOf=2566-05',
    headers: { cookie },
  });
  projectId = (projects.json() as ProjectListItem[])[0]!.id;
});
afterAll(async () => {
  await app?.close();
  await inner?.close();
});

const PROBLEMS = 'ข้อความส่วนตัวของนาย ทดสอบ ใจดี 1101700230708';
const save = () =>
  app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/reports`,
    headers: changeHeaders(cookie),
    payload: { action: 'save', period: '2566-06', status: 'in_progress', percent: 30, problems: PROBLEMS },
  });
const errorLines = () =>
  log
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { level: number; msg: string; storageFull?: boolean })
    .filter((l) => l.level >= 50);

describe(`a full disk while running → 503 "storage full, tell the operator", logged once (${testDbKind})`, () => {
  it.each(Object.keys(FAULTS))('%s', async (name) => {
    log = '';
    fault = FAULTS[name]!;
    const res = await save();
    fault = null;
    const error = expectApiError(res, 503, 'unavailable');
    expect(error.message).toEqual({
      th: 'พื้นที่จัดเก็บข้อมูลเต็ม บันทึกไม่ได้ กรุณาแจ้งผู้ดูแลเซิร์ฟเวอร์',
      en: 'Storage is full, nothing was saved: tell the operator',
    });
    const errors = errorLines();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ storageFull: true });
    expect(errors[0]!.msg).toContain('STORAGE FULL');
    // No personal data: neither the body nor the session reaches the log.
    expect(log).not.toContain('1101700230708');
    expect(log).not.toContain('ทดสอบ');
    expect(log).not.toContain(cookie.split('=')[1]!);
    // Once space is back, the same request works without a restart.
    const again = await save();
    expect(again.statusCode, again.body).toBe(201);
  });

  it('other errors stay what they were: a unique violation is not storage full', () => {
    expect(isStorageFullError(errorWith('duplicate key', { code: '23505' }))).toBe(false);
    expect(isStorageFullError(errorWith('wrapped', { cause: FAULTS['Node (ENOSPC)'] }))).toBe(true);
  });
});
