/**
 * The committee's assignment reminders through a REAL SMTP listener on loopback: on the demo (PALAD's
 * assignment of 7/2563, due at the next meeting: 6/2566 on 21 June 2023, has no focal point or approver: escalated to the secretariat
 * after 14 days) and on a new assignment to BHRDI due in a few days (due soon → its focal point; once the
 * unit proposes closing, nothing). One e-mail per recipient and kind, never twice; a dry run writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentDetail, MeetingSummary, MeetingView } from '../../src/shared/api/committee';
import type { AssignmentReminderRunResult } from '../../src/shared/api/committee/reminders';
import { createSmtpMailer } from '../../src/server/mail/mailer';
import { runAssignmentReminders } from '../../src/server/use-cases/committee/send-assignment-reminders';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';
import { startSmtp } from '../helpers/smtp';

const FROM = 'ติดตาม <tidtam@bma.test>';
/** 10:00 in Bangkok on a day of 2023. */
const ON = (month: number, day: number) => new Date(Date.UTC(2023, month - 1, day, 3, 0, 0));

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let smtpUrl = '';
const cookie: Record<string, string> = {};

const run = (now: Date, dryRun = false) => {
  const mailer = createSmtpMailer({ url: smtpUrl, from: FROM });
  return runAssignmentReminders(t.db, { now, mailer, dryRun, publicUrl: 'https://tidtam.bma.test' }).finally(
    () => mailer.close(),
  );
};
const outcomes = (r: AssignmentReminderRunResult) =>
  r.emails.map((e) => [e.kind, e.username, e.outcome, e.assignmentIds.length]);
const ledger = async () =>
  (await t.db.query<{ n: number }>("select count(*)::int as n from reminder where kind like 'assignment%'"))
    .rows[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startSmtp('tidtam', 'pw');
  smtpUrl = `smtp://tidtam:pw@127.0.0.1:${smtp.port}`;
  await t.db.query(
    `update app_user set email = username || '@bma.test' where username in ('admin', 'focal.bhrdi', 'approver.bhrdi')`,
  );
  for (const u of ['admin', 'focal.bhrdi']) cookie[u] = await t.login(u);
}, 120_000);
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

describe('the demo’s overdue assignment (PALAD, 7/2563, due 21 June 2023)', () => {
  it('is not yet escalated 13 days late, and PALAD has nobody to remind', async () => {
    expect(outcomes(await run(ON(7, 4), true))).toEqual([]);
  });

  it('a dry run 14 days late plans the escalation to the secretariat and writes nothing', async () => {
    const dry = await run(ON(7, 5), true);
    expect(outcomes(dry)).toEqual([['assignment_escalated', 'admin', 'would_send', 1]]);
    expect(await ledger()).toBe(0);
    expect(smtp.messages).toHaveLength(0);
  });

  it('the run sends it once, in Thai, naming the unit, and records it with its audit row', async () => {
    const sent = await run(ON(7, 5));
    expect(outcomes(sent)).toEqual([['assignment_escalated', 'admin', 'sent', 1]]);
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail!.to).toEqual(['admin@bma.test']);
    expect(mail!.text).toContain('สำนักปลัดกรุงเทพมหานคร');
    expect(mail!.text).toContain('การประชุมครั้งที่ 7/2563');
    expect(mail!.text).toContain('กำหนดรายงาน: 21 มิถุนายน 2566 (เลยกำหนด 14 วัน)');
    expect(mail!.text).toContain('https://tidtam.bma.test/');
    const audit = await t.db.query<{ after: { kind: string; assignmentIds: number[] } }>(
      "select after from audit_event where entity = 'reminder' and entity_id = $1",
      [String(sent.emails[0]!.reminderId)],
    );
    expect(audit.rows.map((r) => [r.after.kind, r.after.assignmentIds])).toEqual([
      ['assignment_escalated', sent.emails[0]!.assignmentIds],
    ]);
    // The next days: already sent, nothing more.
    expect(outcomes(await run(ON(7, 6)))).toEqual([]);
    expect(smtp.messages).toHaveLength(1);
  });
});

describe('a new assignment to BHRDI', () => {
  let assignment: AssignmentDetail;

  it('due in 3 days: its focal point is reminded once', async () => {
    const meetings = (
      await t.app.inject({ url: '/api/committee/meetings', headers: { cookie: cookie.admin! } })
    ).json() as MeetingSummary[];
    const m66 = meetings.find((m) => m.no === 6 && m.yearBe === 2566)!;
    const view = (
      await t.app.inject({ url: `/api/committee/meetings/${m66.id}`, headers: { cookie: cookie.admin! } })
    ).json() as MeetingView;
    const unit = (await t.db.query<{ id: number }>("select id from org_unit where code = 'BHRDI'")).rows[0]!;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/committee/agenda-items/${view.agenda[2]!.id}/resolutions`,
      headers: changeHeaders(cookie.admin),
      payload: {
        kind: 'assign',
        text: 'มอบหมายให้สถาบันพัฒนาทรัพยากรบุคคลรายงานผลการสำรวจความต้องการพัฒนา',
        assignments: [{ unitId: unit.id, returnKind: 'report_for_information', dueDate: '2023-07-10' }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const [id] = (res.json() as { assignmentIds: number[] }).assignmentIds;
    assignment = (
      await t.app.inject({ url: `/api/committee/assignments/${id}`, headers: { cookie: cookie.admin! } })
    ).json() as AssignmentDetail;

    const sent = await run(ON(7, 7));
    expect(outcomes(sent)).toEqual([['assignment_due_soon', 'focal.bhrdi', 'sent', 1]]);
    const mail = smtp.messages.at(-1)!;
    expect(mail.to).toEqual(['focal.bhrdi@bma.test']);
    expect(mail.text).toContain('สำรวจความต้องการพัฒนา');
    expect(outcomes(await run(ON(7, 8)))).toEqual([]);
  });

  it('once the unit proposes closing, no overdue reminder follows', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/committee/assignments/${assignment.id}/progress`,
      headers: changeHeaders(cookie['focal.bhrdi']),
      payload: { text: 'สำรวจแล้วเสร็จ', proposesClosing: true, version: assignment.version },
    });
    expect(res.statusCode, res.body).toBe(201);
    const before = smtp.messages.length;
    expect(outcomes(await run(ON(7, 12)))).toEqual([]);
    expect(smtp.messages).toHaveLength(before);
  });
});

describe('POST /api/committee/reminders/run', () => {
  it('401 signed out, 403 for a focal point, 200 for the secretariat (no SMTP here: nothing sent)', async () => {
    const url = '/api/committee/reminders/run';
    expectApiError(
      await t.app.inject({ method: 'POST', url, headers: changeHeaders(undefined), payload: {} }),
      401,
      'unauthorized',
    );
    expectApiError(
      await t.app.inject({ method: 'POST', url, headers: changeHeaders(cookie['focal.bhrdi']), payload: {} }),
      403,
      'forbidden',
    );
    const before = await ledger();
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: changeHeaders(cookie.admin),
      payload: { dryRun: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as AssignmentReminderRunResult).dryRun).toBe(true);
    expect(await ledger()).toBe(before);
  });
});
