/**
 * NUL characters and lone surrogates (docs/security.md 4.5): refused once for every string, in JSON bodies
 * (values and keys), query strings, path parameters and imported cells, with a 400 naming the field in Thai
 * and English — never a 500, whatever the database (run with TIDTAM_TEST_DB=postgres too). Nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectListItem } from '../../src/shared/api/monitoring/plans';
import {
  changeHeaders,
  CSRF,
  createTestApp,
  DEMO_PLAN,
  expectFieldIssue,
  type TestApp,
} from '../helpers/api-app';
import { craftXlsx, rowsXml } from '../fixtures/xlsx-crafted';
import { fingerprint } from './security-helpers';

let t: TestApp;
let admin = '';
let focal = '';
let project: ProjectListItem;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  focal = await t.login('focal.bhrdi');
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/projects?asOf=2566-05',
    headers: { cookie: focal },
  });
  project = (res.json() as ProjectListItem[])[0]!;
});
afterAll(async () => {
  await t?.close();
});

const NUL = 'ก\u0000ข';
const LONE = 'ค\uD800ง';
const MESSAGE = 'contains a NUL character or a broken Unicode character (a lone surrogate): remove it';

/** A 400 whose one issue names `field` with the bad-text message; and nothing was written. */
async function expectRefused(
  request: () => Promise<{ statusCode: number; json(): unknown; headers: Record<string, unknown> }>,
  field: string,
) {
  const before = await fingerprint(t.db);
  const res = await request();
  const [issue] = expectFieldIssue(res, field);
  expect(issue!.en).toBe(MESSAGE);
  expect(issue!.th).toMatch(/^มีอักขระ NUL หรืออักขระยูนิโค้ดที่ไม่สมบูรณ์/);
  expect(await fingerprint(t.db)).toEqual(before);
}

describe('a NUL character or a lone surrogate is a 400 naming the field, never a 500', () => {
  it.each([
    ['a NUL in the username', { username: `admin${NUL}`, password: 'whatever-password' }, 'username'],
    ['a lone surrogate in the password', { username: 'admin', password: LONE }, 'password'],
  ])('sign-in, anonymous: %s', async (_, payload, field) => {
    await expectRefused(
      () => t.app.inject({ method: 'POST', url: '/api/auth/login', headers: CSRF, payload }),
      field,
    );
  });

  it.each([
    ['problems', { problems: NUL }],
    ['nextSteps', { nextSteps: LONE }],
  ])('a report save with bad text in %s', async (field, text) => {
    const payload = { period: '2566-06', status: 'in_progress', percent: 10, ...text };
    await expectRefused(
      () =>
        t.app.inject({
          method: 'POST',
          url: `/api/projects/${project.id}/reports`,
          headers: changeHeaders(focal),
          payload,
        }),
      field,
    );
  });

  it('an admin edit: a unit renamed with a NUL, and a key holding one', async () => {
    const unit = (await t.db.query<{ id: number }>("select id from org_unit where code = 'BHRDI'")).rows[0]!
      .id;
    const patch = (payload: object) => () =>
      t.app.inject({ method: 'PATCH', url: `/api/units/${unit}`, headers: changeHeaders(admin), payload });
    await expectRefused(patch({ name: NUL }), 'name');
    await expectRefused(patch({ [`na${NUL}me`]: 'x' }), `na${NUL.replace('\u0000', '\uFFFD')}me`);
  });

  it.each([
    ['projects', `/api/projects?q=${encodeURIComponent(NUL)}`, 'q'],
    ['projects of a plan', `/api/projects?plan=${encodeURIComponent(`${DEMO_PLAN}${NUL}`)}`, 'plan'],
    ['the audit trail', `/api/audit?q=${encodeURIComponent(NUL)}`, 'q'],
    ['a plan by its code (path)', `/api/plans/${encodeURIComponent(NUL)}/summary?asOf=2566-05`, 'code'],
  ])('a search or read of %s', async (_, url, field) => {
    await expectRefused(() => t.app.inject({ method: 'GET', url, headers: { cookie: admin } }), field);
  });

  it('an XLSX cell (Excel writes a NUL as _x0000_) names its row and column', async () => {
    const header = ['plan_code', 'project_code', 'period', 'status', 'problems'];
    const bytes = craftXlsx({
      rows: [rowsXml([header, [DEMO_PLAN, project.code, '2566-06', 'in_progress', 'ปัญหา_x0000_']])],
    });
    const before = await fingerprint(t.db);
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'reports.xlsx');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/reports',
      headers: changeHeaders(admin),
      payload: form,
    });
    const issues = expectFieldIssue(res, 'problems');
    expect(issues).toEqual([
      { row: 2, field: 'problems', en: MESSAGE, th: expect.stringMatching(/^มีอักขระ NUL/) },
    ]);
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe('clean text is not touched', () => {
  it('Thai text, emoji (a surrogate pair) and line breaks save as sent', async () => {
    const problems = 'ล่าช้า 🙂\nรอการอนุมัติ';
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${project.id}/reports`,
      headers: changeHeaders(focal),
      payload: { action: 'save', period: '2566-06', status: 'in_progress', percent: 10, problems },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { problems: string }).problems).toBe(problems);
  });
});
