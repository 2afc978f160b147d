/**
 * Concurrent requests on the same record (truly concurrent on PostgreSQL, where the pool runs them on
 * separate connections; serialised by PGlite, which must give the same answers):
 * - two edits of one project with the same version: one 200, one 409, the loser's value is not written,
 *   the version goes up once;
 * - many saves of one project-month report at once: never a 500, exactly one current version, one row per 201;
 * - a file import racing a form save of the same project-month: never a 500 (the PostgreSQL driver re-runs
 *   a transaction that lost a unique-index race, src/server/db/postgres.ts);
 * - Idempotency-Key: a retried or double-clicked POST gets the first answer and writes one record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDetail, ProjectListItem } from '../../src/shared/api/monitoring';
import { changeHeaders, createTestApp, CSRF, expectApiError, type TestApp } from '../helpers/api-app';
import { testDbKind } from '../helpers/test-db';

const OPEN_MONTH = '2566-06';
const OPEN_KEY = 256606;

let t: TestApp;
let admin = '';
let admin2 = '';
let focal = '';
let focal2 = '';
let projects: ProjectListItem[] = [];
/** Each test takes its own BHRDI projects, so tests never share a project-month. */
const takeProject = () => {
  const p = projects.shift();
  if (!p) throw new Error('out of BHRDI projects');
  return p;
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  focal = await t.login('focal.bhrdi');
  const { rows } = await t.db.query<{ id: number }>("select id from org_unit where code = 'BHRDI'");
  for (const [username, role, unitId] of [
    ['admin.two', 'admin', null],
    ['focal.bhrdi.two', 'focal_point', rows[0]!.id],
  ] as const) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: changeHeaders(admin),
      payload: { username, displayName: username, password: 'second-person-pw', role, unitId },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  // As if both had chosen their own password (tests/api/passwords.test.ts has the forced change).
  await t.db.query(
    "update app_user set must_change_password = false where username in ('admin.two', 'focal.bhrdi.two')",
  );
  admin2 = await t.login('admin.two', 'second-person-pw');
  focal2 = await t.login('focal.bhrdi.two', 'second-person-pw');
  const list = await t.app.inject({
    method: 'GET',
    url: '/api/projects?asOf=2566-05',
    headers: { cookie: focal },
  });
  projects = (list.json() as ProjectListItem[]).filter((p) => p.ownerUnit?.code === 'BHRDI');
  expect(projects.length).toBeGreaterThanOrEqual(8);
});
afterAll(async () => {
  await t?.close();
});

const patch = (id: number, cookie: string, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/projects/${id}`, headers: changeHeaders(cookie), payload });
const report = (id: number, cookie: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/projects/${id}/reports`,
    headers: { ...changeHeaders(cookie), ...headers },
    payload,
  });
const versions = async (projectId: number) =>
  (
    await t.db.query<{ id: number; current: boolean; state: string }>(
      `select id, superseded_at is null as current, state from monthly_report
        where project_id = $1 and period = $2 order by id`,
      [projectId, OPEN_KEY],
    )
  ).rows;

describe(`two people edit one project at once (${testDbKind})`, () => {
  it('with the same version: exactly one 200 and one 409; the record holds the winner, version + 1 once, one audit row', async () => {
    const project = takeProject();
    for (let round = 0; round < 5; round++) {
      const before = (
        await t.app.inject({ method: 'GET', url: `/api/projects/${project.id}`, headers: { cookie: admin } })
      ).json() as ProjectDetail;
      const names = [`ชื่อของคนที่หนึ่ง รอบ ${round}`, `ชื่อของคนที่สอง รอบ ${round}`];
      const [a, b] = await Promise.all([
        patch(project.id, admin, { version: before.version, name: names[0] }),
        patch(project.id, admin2, { version: before.version, name: names[1] }),
      ]);
      const codes = [a!.statusCode, b!.statusCode];
      expect(codes.slice().sort(), `${a!.body}\n${b!.body}`).toEqual([200, 409]);
      const loser = codes[0] === 409 ? a! : b!;
      expectApiError(loser, 409, 'conflict');
      const winnerName = names[codes.indexOf(200)]!;
      const after = (
        await t.app.inject({ method: 'GET', url: `/api/projects/${project.id}`, headers: { cookie: admin } })
      ).json() as ProjectDetail;
      expect(after.name).toBe(winnerName);
      expect(after.version).toBe(before.version + 1);
      const { rows } = await t.db.query<{ n: number }>(
        `select count(*)::int as n from audit_event
          where entity = 'project' and entity_id = $1 and action = 'update' and after->>'name' = any($2::text[])`,
        [String(project.id), names],
      );
      expect(rows[0]!.n).toBe(1);
    }
  });
});

describe(`two focal points save the same project-month report at once (${testDbKind})`, () => {
  it('ten saves at once: all 201 (a draft may be saved over), one row each, exactly one current version, never a 500', async () => {
    const project = takeProject();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        report(project.id, i % 2 ? focal : focal2, {
          action: 'save',
          period: OPEN_MONTH,
          status: 'in_progress',
          percent: i,
        }),
      ),
    );
    expect(
      results.map((r) => r.statusCode),
      results.map((r) => r.body).join('\n'),
    ).toEqual(Array(10).fill(201));
    const rows = await versions(project.id);
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => r.current)).toHaveLength(1);
    expect(new Set(results.map((r) => (r.json() as { id: number }).id))).toEqual(
      new Set(rows.map((r) => r.id)),
    );
  });

  it('ten submissions at once: exactly one 201, the others a clean 409 (the report is under review), one current version', async () => {
    const project = takeProject();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        report(project.id, i % 2 ? focal : focal2, {
          period: OPEN_MONTH,
          status: 'in_progress',
          percent: 10 + i,
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(
      codes.filter((c) => c === 201),
      results.map((r) => r.body).join('\n'),
    ).toHaveLength(1);
    for (const r of results.filter((x) => x.statusCode !== 201)) expectApiError(r, 409, 'conflict');
    const rows = await versions(project.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ current: true, state: 'submitted' });
  });

  it('a file import racing form saves of the same project-months: no 500, one current version each', async () => {
    const targets = [takeProject(), takeProject(), takeProject()];
    const csv =
      'plan_code,project_code,period,status,percent\r\n' +
      targets.map((p) => `HR-2566-2570,${p.code},${OPEN_MONTH},in_progress,55\r\n`).join('');
    for (let round = 0; round < 3; round++) {
      const work = [
        t.app.inject({
          method: 'POST',
          url: '/api/imports/reports',
          headers: { ...CSRF, cookie: admin, 'content-type': 'text/csv' },
          payload: csv,
        }),
        ...targets.flatMap((p) => [
          report(p.id, focal, { action: 'save', period: OPEN_MONTH, status: 'in_progress', percent: round }),
          report(p.id, focal2, {
            action: 'save',
            period: OPEN_MONTH,
            status: 'in_progress',
            percent: round + 1,
          }),
        ]),
      ];
      const results = await Promise.all(work);
      for (const r of results) expect([200, 201, 409], r.body).toContain(r.statusCode);
      expect(results[0]!.statusCode, results[0]!.body).toBe(200);
      for (const p of targets) {
        const rows = await versions(p.id);
        expect(rows.filter((r) => r.current)).toHaveLength(1);
        expect(rows.length).toBe(
          // every 201 and the import's row (one per round) are versions; nothing else is
          (
            await t.db.query<{ n: number }>(
              'select count(*)::int as n from monthly_report where project_id = $1 and period = $2',
              [p.id, OPEN_KEY],
            )
          ).rows[0]!.n,
        );
      }
    }
  });
});

describe(`Idempotency-Key on POST /api/projects/:id/reports (${testDbKind})`, () => {
  const body = (percent: number) => ({ action: 'save', period: OPEN_MONTH, status: 'in_progress', percent });

  it('a retried POST with the same key gets the first answer (replayed) and writes one record', async () => {
    const project = takeProject();
    const key = { 'idempotency-key': 'form-1a2b3c' };
    const first = await report(project.id, focal, body(30), key);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await report(project.id, focal, body(30), key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await versions(project.id)).toHaveLength(1);
    // Without the header, a second POST is a second version (the header is what makes it one).
    expect((await report(project.id, focal, body(30))).statusCode).toBe(201);
    expect(await versions(project.id)).toHaveLength(2);
  });

  it('a double click (the same key three times at once) writes one record and every answer is the same', async () => {
    const project = takeProject();
    const key = { 'idempotency-key': 'double-click-7' };
    const results = await Promise.all([1, 2, 3].map(() => report(project.id, focal, body(40), key)));
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const ids = new Set(results.map((r) => (r.json() as { id: number }).id));
    expect(ids.size).toBe(1);
    expect(await versions(project.id)).toHaveLength(1);
    expect(results.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(2);
  });

  it('the same key with a different body is refused (400); another user may use the same key; a bad key is refused', async () => {
    const project = takeProject();
    const key = { 'idempotency-key': 'shared-key' };
    expect((await report(project.id, focal, body(50), key)).statusCode).toBe(201);
    const other = await report(project.id, focal, body(51), key);
    expectApiError(other, 400, 'invalid_input');
    expect(other.body).toMatch(/different request/);
    const byAnother = await report(project.id, focal2, body(50), key);
    expect(byAnother.statusCode).toBe(201);
    expect(byAnother.headers['idempotent-replayed']).toBeUndefined();
    expect(await versions(project.id)).toHaveLength(2);
    expectApiError(
      await report(project.id, focal, body(50), { 'idempotency-key': 'x'.repeat(201) }),
      400,
      'invalid_input',
    );
  });

  it('a refused request does not keep its key; a key older than 24 hours is forgotten', async () => {
    const project = takeProject();
    // 2566-05 is locked for agencies: 409, and the key is released.
    const locked = await report(
      project.id,
      focal,
      { ...body(5), period: '2566-05' },
      { 'idempotency-key': 'locked-month' },
    );
    expectApiError(locked, 409, 'conflict');
    const { rows: kept } = await t.db.query("select 1 from idempotency_key where key = 'locked-month'");
    expect(kept).toHaveLength(0);

    const key = { 'idempotency-key': 'yesterday' };
    expect((await report(project.id, focal, body(60), key)).statusCode).toBe(201);
    await t.db.query(
      `update idempotency_key set created_at = now() - interval '25 hours' where key = 'yesterday'`,
    );
    const later = await report(project.id, focal, body(60), key);
    expect(later.statusCode).toBe(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(await versions(project.id)).toHaveLength(2);
  });
});
