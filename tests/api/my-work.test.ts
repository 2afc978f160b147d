/**
 * GET /api/my-work by role, on the demo (June 2566 open and never locking, May's reports partly under
 * review), and POST /api/reminders/run (the centre only; without SMTP nothing is sent or recorded).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bangkokDate } from '../../src/domain/monitoring';
import { daysBetween } from '../../src/domain/monitoring/reminders';
import type { MyWorkResponse, ReminderRunResult } from '../../src/shared/api/monitoring/my-work';
import {
  changeHeaders,
  createTestApp,
  expectApiError,
  expectFieldIssue,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
const cookies: Record<string, string> = {};

const myWork = async (username: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/my-work',
    headers: { cookie: cookies[username] },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as MyWorkResponse;
};
const projectId = async (code: string) =>
  (await t.db.query<{ id: number }>('select id from project where code = $1', [code])).rows[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['admin', 'focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'])
    cookies[u] = await t.login(u);
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/my-work', () => {
  it('needs a session', async () => {
    expectApiError(await t.app.inject({ method: 'GET', url: '/api/my-work' }), 401, 'unauthorized');
  });

  it("a focal point: the unit's projects without a report sent up, in months still open, with deadline and days", async () => {
    const work = await myWork('focal.bhrdi');
    const today = bangkokDate(new Date());
    expect(work.today).toBe(today);
    expect(work.approve).toEqual([]);
    expect(work.accept).toEqual([]);
    // The demo's June 2566 is open and never locks; May and earlier are locked.
    expect(new Set(work.report.map((i) => i.period))).toEqual(new Set(['2566-06']));
    const codes = work.report.map((i) => i.projectCode);
    expect(codes).toContain('P2-03'); // in progress
    expect(codes).not.toContain('P2-02'); // completed in January: nothing more to report
    expect(codes).not.toContain('P2-07'); // starts in August 2023
    expect(codes).not.toContain('P1-04'); // another unit's
    const p203 = work.report.find((i) => i.projectCode === 'P2-03')!;
    expect(p203).toMatchObject({
      deadline: '2023-07-05',
      daysLeft: daysBetween(today, '2023-07-05'),
      state: null,
      reportId: null,
      link: `/projects/${p203.projectId}?period=2566-06`,
      unit: { code: 'BHRDI' },
    });
    expect(p203.daysLeft).toBeLessThan(0);
    expect(work.report.every((i) => i.unit?.code === 'BHRDI')).toBe(true);

    const pers = await myWork('focal.pers');
    expect(pers.report.length).toBeGreaterThan(0);
    expect(pers.report.every((i) => i.unit?.code === 'PERS')).toBe(true);
  });

  it('a draft still counts as not sent up; once submitted it moves to the approver', async () => {
    const id = await projectId('P2-03');
    const send = (action: 'save' | 'submit') =>
      t.app.inject({
        method: 'POST',
        url: `/api/projects/${id}/reports`,
        headers: changeHeaders(cookies['focal.bhrdi']),
        payload: { period: '2566-06', status: 'in_progress', percent: 40, action },
      });
    expect((await myWork('approver.bhrdi')).approve).toEqual([]);

    expect((await send('save')).statusCode).toBeLessThan(300);
    const drafted = (await myWork('focal.bhrdi')).report.find((i) => i.projectCode === 'P2-03');
    expect(drafted).toMatchObject({ state: 'draft' });
    expect((await myWork('approver.bhrdi')).approve).toEqual([]);

    expect((await send('submit')).statusCode).toBeLessThan(300);
    expect((await myWork('focal.bhrdi')).report.map((i) => i.projectCode)).not.toContain('P2-03');
    const approve = (await myWork('approver.bhrdi')).approve;
    expect(approve).toHaveLength(1);
    expect(approve[0]).toMatchObject({
      projectCode: 'P2-03',
      period: '2566-06',
      state: 'submitted',
      waitingDays: 0,
      link: '/review?state=submitted&period=2566-06',
    });
    expect(approve[0]!.reportId).toEqual(expect.any(Number));
  });

  it('the centre: approved reports to accept, and agencies late with reports missing', async () => {
    const work = await myWork('admin');
    expect(work.report).toEqual([]);
    expect(work.approve).toEqual([]);
    // The demo leaves May's reports of SPE and MED approved, waiting for the centre.
    expect(new Set(work.accept.map((i) => i.unit?.code))).toEqual(new Set(['SPE', 'MED']));
    expect(work.accept.every((i) => i.state === 'approved' && i.period === '2566-05')).toBe(true);
    const p303 = work.accept.find((i) => i.projectCode === 'P3-03')!;
    expect(p303.link).toBe('/review?state=approved&period=2566-05');

    const bhrdi = work.lateUnits.find((u) => u.unit.code === 'BHRDI' && u.period === '2566-06')!;
    const focalItems = (await myWork('focal.bhrdi')).report.filter((i) => i.period === '2566-06');
    expect(bhrdi).toMatchObject({ deadline: '2023-07-05', missing: focalItems.length });
    expect(bhrdi.daysLate).toBe(-focalItems[0]!.daysLeft);
    expect(work.lateUnits.map((u) => u.unit.code)).toContain('PERS');
  });

  it('a viewer has nothing to do', async () => {
    const work = await myWork('committee');
    expect([work.report, work.approve, work.accept, work.lateUnits]).toEqual([[], [], [], []]);
  });
});

describe('POST /api/reminders/run', () => {
  const runNow = (cookie: string | undefined, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/reminders/run', headers: changeHeaders(cookie), payload });

  it('is for the centre only', async () => {
    expectApiError(await runNow(undefined, {}), 401, 'unauthorized');
    expectApiError(await runNow(cookies['focal.bhrdi'], {}), 403, 'forbidden');
    expectApiError(await runNow(cookies['approver.bhrdi'], { dryRun: true }), 403, 'forbidden');
    expectFieldIssue(await runNow(cookies.admin, { dryRun: 'yes' }), 'dryRun');
  });

  it('without SMTP it says what is due and neither sends nor records anything', async () => {
    await t.db.query("update app_user set email = 'approver@bma.test' where username = 'approver.bhrdi'");
    for (const dryRun of [true, false]) {
      const res = await runNow(cookies.admin, { dryRun });
      expect(res.statusCode, res.body).toBe(200);
      const result = res.json() as ReminderRunResult;
      expect(result).toMatchObject({ dryRun, smtp: false });
      const approver = result.emails.find((e) => e.username === 'approver.bhrdi' && e.kind === 'late')!;
      expect(approver).toMatchObject({
        period: '2566-06',
        outcome: dryRun ? 'would_send' : 'not_sent_no_smtp',
        reminderId: null,
      });
      expect(approver.subject).toContain('เลยกำหนดส่งรายงานความก้าวหน้าประจำเดือนมิถุนายน 2566');
      const focal = result.emails.find((e) => e.username === 'focal.bhrdi')!;
      expect(focal.outcome).toBe('would_skip_no_email');
    }
    const { rows } = await t.db.query<{ n: number }>('select count(*)::int as n from reminder');
    expect(rows[0]!.n).toBe(0);
  });
});
