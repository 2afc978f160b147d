/**
 * The development results' reminders (form สพข. ๒) through a REAL SMTP listener on loopback, on two PERS
 * projects of FY2591 (end 1 and 2 March 2048: due 15 and 16 March 2048), away from the demo's years (FY2564, FY2566 and FY2567):
 * due soon from 3 days before the due day (→ the agency's focal point), overdue from the day after
 * (→ focal point), escalated from the 15th day overdue (→ the agency's approver and the institute, BHRDI).
 * One e-mail per recipient and kind, never twice; a dry run writes nothing; each e-mail sent is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultReminderRunResult } from '../../src/shared/api/development/reminders';
import { createSmtpMailer } from '../../src/server/mail/mailer';
import { runResultReminders } from '../../src/server/use-cases/development/send-result-reminders';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';
import { startSmtp } from '../helpers/smtp';

const FROM = 'ติดตาม <tidtam@bma.test>';
/** 10:00 in Bangkok on a day of March 2048. */
const MAR = (day: number) => new Date(Date.UTC(2048, 2, day, 3, 0, 0));

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let smtpUrl = '';
const cookie: Record<string, string> = {};
const id: Record<string, number> = {};

const run = (now: Date, dryRun = false) => {
  const mailer = createSmtpMailer({ url: smtpUrl, from: FROM });
  return runResultReminders(t.db, { now, mailer, dryRun, publicUrl: 'https://tidtam.bma.test' }).finally(() =>
    mailer.close(),
  );
};
const outcomes = (r: ResultReminderRunResult) =>
  r.emails
    .map(
      (e) => `${e.kind} ${e.username} ${e.outcome} ${e.projectIds.map((p) => (p === id.r1 ? 'R1' : 'R2'))}`,
    )
    .sort();
const ledger = async () =>
  (await t.db.query<{ n: number }>("select count(*)::int as n from reminder where kind like 'result%'"))
    .rows[0]!.n;

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  smtp = await startSmtp('tidtam', 'pw');
  smtpUrl = `smtp://tidtam:pw@127.0.0.1:${smtp.port}`;
  await t.db.query(
    `insert into app_user (username, display_name, password_hash, role, unit_id)
     select 'approver.pers', 'ผู้อำนวยการสำนักงานการเจ้าหน้าที่', password_hash, 'approver', unit_id
       from app_user where username = 'focal.pers'`,
  );
  await t.db.query(
    `update app_user set email = username || '@bma.test'
      where username in ('admin', 'focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'approver.pers')`,
  );
  await t.db.query(
    `insert into development_year (fiscal_year, hrd_plan_id, form_name, submission_deadline)
     select 2591, id, 'HRD 91', '2047-11-30' from hrd_plan where code = 'HRD-2561-2565'`,
  );
  const { rows } = await t.db.query<{ id: number; project_code: string }>(
    `insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
       activity_type, participants, budget, budget_source, start_date, end_date, days)
     select 2591, u.id, c.code, c.name, s.id, 'training', 30, 50000, 'ordinance', c.start_date, c.end_date, 2
       from org_unit u
       join hrd_strategy s on s.no = '1'
       cross join (values ('R91-001', 'อบรมการเขียนหนังสือราชการ', date '2048-02-29', date '2048-03-01'),
                          ('R91-002', 'สัมมนาการบริหารงานบุคคล', date '2048-03-01', date '2048-03-02'))
            as c (code, name, start_date, end_date)
      where u.code = 'PERS'
     returning id, project_code`,
  );
  id.r1 = rows.find((r) => r.project_code === 'R91-001')!.id;
  id.r2 = rows.find((r) => r.project_code === 'R91-002')!.id;
  for (const u of ['admin', 'focal.bhrdi', 'focal.pers']) cookie[u] = await t.login(u);
}, 120_000);
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

describe('reminders of the results due 15 and 16 March 2048', () => {
  it('nothing 4 days before the first due day; a dry run writes nothing', async () => {
    expect(outcomes(await run(MAR(11)))).toEqual([]);
    expect(outcomes(await run(MAR(14), true))).toEqual(['result_due_soon focal.pers would_send R1,R2']);
    expect(await ledger()).toBe(0);
    expect(smtp.messages).toHaveLength(0);
  });

  it('the day before the due day: one e-mail to the focal point naming both projects in Thai', async () => {
    expect(outcomes(await run(MAR(14)))).toEqual(['result_due_soon focal.pers sent R1,R2']);
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toEqual(['focal.pers@bma.test']);
    expect(mail.subject).toBe('[ติดตาม] ใกล้ครบกำหนดรายงานผลการพัฒนา (แบบ สพข. ๒) (2 โครงการ)');
    expect(mail.text).toContain('1. R91-001 อบรมการเขียนหนังสือราชการ');
    expect(mail.text).toContain('สิ้นสุดโครงการ 1 มีนาคม 2591');
    expect(mail.text).toContain('กำหนดรายงานผล: 15 มีนาคม 2591 (อีก 1 วัน)');
    expect(mail.text).toContain('2. R91-002 สัมมนาการบริหารงานบุคคล');
    expect(mail.text).toContain('กำหนดรายงานผล: 16 มีนาคม 2591 (อีก 2 วัน)');
    expect(mail.text).toContain('https://tidtam.bma.test/development/results');
  });

  it('the due day itself: neither overdue nor sent again', async () => {
    expect(outcomes(await run(MAR(15)))).toEqual([]);
    expect(smtp.messages).toHaveLength(1);
  });

  it('the day after the due day: overdue to the focal point, the first project only', async () => {
    expect(outcomes(await run(MAR(16)))).toEqual(['result_overdue focal.pers sent R1']);
    expect(smtp.messages.at(-1)!.text).toContain('กำหนดรายงานผล: 15 มีนาคม 2591 (เลยกำหนด 1 วัน)');
  });

  it('14 days overdue is not yet escalated; 15 days is, to the approver and the institute, once', async () => {
    expect(outcomes(await run(MAR(29)))).toEqual(['result_overdue focal.pers sent R2']);
    const escalated = await run(MAR(30));
    expect(outcomes(escalated)).toEqual([
      'result_escalated approver.bhrdi sent R1',
      'result_escalated approver.pers sent R1',
      'result_escalated focal.bhrdi sent R1',
    ]);
    const mails = smtp.messages.slice(-3);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([
      'approver.bhrdi@bma.test',
      'approver.pers@bma.test',
      'focal.bhrdi@bma.test',
    ]);
    expect(mails[0]!.subject).toBe('[ติดตาม] แจ้งผู้บริหาร: ผลการพัฒนา (แบบ สพข. ๒) เลยกำหนดเกิน 14 วัน (1 โครงการ)');
    expect(mails[0]!.text).toContain('หน่วยงาน: สำนักงานการเจ้าหน้าที่ สำนักปลัดกรุงเทพมหานคร · ปีงบประมาณ พ.ศ. 2591');
    expect(mails[0]!.text).toContain('(เลยกำหนด 15 วัน)');
    // A second run the same day sends nothing more.
    expect(outcomes(await run(MAR(30)))).toEqual([]);
    expect(smtp.messages).toHaveLength(6);
    // Every e-mail sent has its audit row naming its projects.
    const audit = await t.db.query<{ after: { kind: string; projectIds: number[] } }>(
      `select after from audit_event where entity = 'reminder' and after->>'kind' like 'result%' order by id`,
    );
    expect(audit.rows.map((r) => `${r.after.kind} ${r.after.projectIds.length}`)).toEqual([
      'result_due_soon 2',
      'result_overdue 1',
      'result_overdue 1',
      'result_escalated 1',
      'result_escalated 1',
      'result_escalated 1',
    ]);
    expect(await ledger()).toBe(6);
  });

  it('a result filed stops its reminders: R2 is not escalated on its 15th day overdue', async () => {
    await t.db.query(
      `insert into development_result (project_id, actual_start, actual_end, participants, filed_on)
       values ($1, '2048-03-01', '2048-03-02', 30, '2048-03-30')`,
      [id.r2],
    );
    expect(outcomes(await run(MAR(31)))).toEqual([]);
    expect(smtp.messages).toHaveLength(6);
  });
});

describe('POST /api/development/reminders/run', () => {
  it('401 signed out, 403 for an agency, 200 for the institute (no SMTP here: nothing sent)', async () => {
    const url = '/api/development/reminders/run';
    expectApiError(
      await t.app.inject({ method: 'POST', url, headers: changeHeaders(undefined), payload: {} }),
      401,
      'unauthorized',
    );
    expectApiError(
      await t.app.inject({ method: 'POST', url, headers: changeHeaders(cookie['focal.pers']), payload: {} }),
      403,
      'forbidden',
    );
    const before = await ledger();
    for (const who of ['focal.bhrdi', 'admin']) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: changeHeaders(cookie[who]),
        payload: { dryRun: true },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as ResultReminderRunResult).dryRun).toBe(true);
    }
    expect(await ledger()).toBe(before);
  });
});
