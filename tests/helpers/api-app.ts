/**
 * One Fastify app over a fresh database with the demo loaded, for the HTTP route tests (app.inject, no socket).
 * The database is a copy of a demo template (tests/helpers/demo-template.ts); the app still takes a moment to
 * build: share one per test file (beforeAll) and close it in afterAll.
 */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { loadEnv } from '../../src/server/config/env';
import type { Database } from '../../src/server/db/database';
import { DEMO_PASSWORD } from '../../src/server/demo/load-demo';
import { buildApp } from '../../src/server/http/app';
import { SESSION_COOKIE } from '../../src/server/http/auth';
import type { ApiErrorBody, FieldIssue } from '../../src/shared/messages';
import { createDemoDatabase } from './demo-template';
import { createTestDatabase } from './test-db';

export const DEMO_PLAN = 'HR-2566-2570';
/** The header every change must carry (docs/api.md). */
export const CSRF = { 'x-tidtam-csrf': '1' } as const;

export type DemoUser = 'admin' | 'focal.bhrdi' | 'approver.bhrdi' | 'focal.pers' | 'committee';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  /** Signs in through POST /api/auth/login and returns the `cookie` header value of the new session. */
  login(username: DemoUser | string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { demo?: boolean; workforce?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  // `workforce: false` leaves out the demo's 2,000 people for tests that count their own hand-built rows.
  const db =
    options.demo === false
      ? await createTestDatabase()
      : await createDemoDatabase({ workforce: options.workforce });
  const app = await buildApp({ db, env: loadEnv(options.env ?? {}), webDist: null });
  await app.ready();
  return {
    app,
    db,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: CSRF,
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const session = res.cookies.find((c) => c.name === SESSION_COOKIE);
      if (!session) throw new Error(`login ${username}: no ${SESSION_COOKIE} cookie`);
      return `${SESSION_COOKIE}=${session.value}`;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** Headers of a change (POST/PATCH) made with a session. */
export const changeHeaders = (cookie?: string) => (cookie ? { ...CSRF, cookie } : { ...CSRF });

const THAI = /[\u0E00-\u0E7F]/;
const LATIN = /[A-Za-z]/;

interface InjectResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  json(): unknown;
}

/** Asserts the one JSON error shape with a bilingual message and returns its `error`. */
export function expectApiError(res: InjectResponse, status: number, code: ApiErrorBody['error']['code']) {
  expect(res.statusCode, JSON.stringify(res.json()).slice(0, 400)).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  const body = res.json() as ApiErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message.th).toMatch(THAI);
  expect(body.error.message.en).toMatch(LATIN);
  return body.error;
}

/** Asserts a 400 whose issues name `field`, each such issue in Thai and English; returns those issues. */
export function expectFieldIssue(res: InjectResponse, field: string): FieldIssue[] {
  const error = expectApiError(res, 400, 'invalid_input');
  const issues = (error.issues ?? []).filter((i) => i.field === field);
  expect(issues, `issues: ${JSON.stringify(error.issues)}`).not.toHaveLength(0);
  for (const issue of issues) {
    expect(issue.th).toMatch(THAI);
    expect(issue.en).toMatch(LATIN);
  }
  return issues;
}

/** Exact percentage as formats.md defines it: part/whole × 100 rounded half-up to 2 decimals (integers only). */
export function pct(part: number, whole: number): number {
  if (whole === 0) return 0;
  const hundredths = (2n * BigInt(part) * 10000n + BigInt(whole)) / (2n * BigInt(whole));
  return Number(hundredths) / 100;
}

/** The default level scale of formats.md. */
export function defaultLevel(progressPct: number): string {
  if (progressPct >= 90) return 'มากที่สุด';
  if (progressPct >= 80) return 'มาก';
  if (progressPct >= 70) return 'ปานกลาง';
  if (progressPct >= 60) return 'น้อย';
  return 'น้อยที่สุด';
}
