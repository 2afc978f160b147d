/**
 * Reminders and escalation through a REAL SMTP listener on loopback (smtp-server, port 0): the demo with
 * e-mail addresses given to its users, July 2566 opened with a deadline of 5 August 2023, and the run
 * judged at fixed moments. Exactly one e-mail per recipient, kind and month; never twice, even when two
 * runs overlap; a failed send is tried again by the next run; a user without an address is recorded.
 */
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../src/cli/backend';
import { remindCommand } from '../../src/cli/commands/remind';
import { loadEnv } from '../../src/server/config/env';
import { createSmtpMailer } from '../../src/server/mail/mailer';
import { runReminders } from '../../src/server/use-cases/monitoring/send-reminders';
import type { MyWorkResponse, ReminderRunResult } from '../../src/shared/api/monitoring/my-work';
import { changeHeaders, createTestApp, type TestApp } from '../helpers/api-app';
import { startSmtp } from '../helpers/smtp';

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const FROM = 'ติดตาม <tidtam@bma.test>';
const PUBLIC_URL = 'https://tidtam.bma.test';
/** Thursday 3 August 2023, 10:00 in Bangkok: two days before the deadline of July 2566. */
const AUG = (day: number) => new Date(Date.UTC(2023, 7, day, 3, 0, 0));
const EMAIL = {
  admin: 'centre@bma.test',
  'focal.bhrdi': 'focal.bhrdi@bma.test',
  'approver.bhrdi': 'approver.bhrdi@bma.test',
} as const;

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let smtpUrl = '';
const ids: Record<string, number> = {};

const run = (now: Date, url = smtpUrl) => {
  const mailer = createSmtpMailer({ url, from: FROM });
  return runReminders(t.db, { now, mailer, publicUrl: PUBLIC_URL }).finally(() => mailer.close());
};
const to = (username: keyof typeof EMAIL) => smtp.messages.filter((m) => m.to.includes(EMAIL[username]));
const codesIn = (text: string) => [...text.matchAll(/^\d+\. (P\d-\d\d) /gm)].map((m) => m[1]!).sort();
const reminderRows = async () =>
  (
    await t.db.query<{ kind: string; period: number; user_id: number; status: string; note: string | null }>(
      'select kind, period, user_id, status, note from reminder order by id',
    )
  ).rows;

/** The focal point's own "my work" list for a month: the same projects the e-mails must name. */
async function myWorkCodes(period: string): Promise<string[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/my-work',
    headers: { cookie: await t.login('focal.bhrdi') },
  });
  expect(res.statusCode).toBe(200);
  return (res.json() as MyWorkResponse).report
    .filter((i) => i.period === period)
    .map((i) => i.projectCode)
    .sort();
}

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startSmtp('tidtam', 's3cret pass');
  smtpUrl = `smtp://tidtam:${encodeURIComponent('s3cret pass')}@127.0.0.1:${smtp.port}`;
  // The demo's users have no e-mail: give three of them one; focal.pers stays without.
  for (const [username, email] of Object.entries(EMAIL)) {
    await t.db.query('update app_user set email = $2 where username = $1', [username, email]);
  }
  const { rows } = await t.db.query<{ id: number; username: string }>('select id, username from app_user');
  for (const r of rows) ids[r.username] = r.id;
  // July 2566, deadline Saturday 5 August 2023; never locks, so the focal point can still submit today.
  const admin = await t.login('admin');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/reporting-months',
    headers: changeHeaders(admin),
    payload: { period: '2566-07', deadline: '2023-08-05', lockAfterDays: null },
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

describe('reminders by e-mail', () => {
  it('a send that fails is recorded, its claim given back, and nothing else is tried that run', async () => {
    const result = await run(AUG(3), `smtp://127.0.0.1:${await closedPort()}`);
    const failed = result.emails.filter((e) => e.outcome === 'failed');
    expect(failed.length).toBeGreaterThanOrEqual(3);
    expect(failed.filter((e) => e.reminderId !== null)).toHaveLength(1); // the first; the rest not tried
    expect(failed.filter((e) => e.error?.startsWith('not tried'))).toHaveLength(failed.length - 1);
    expect(smtp.messages).toHaveLength(0);
    // focal.pers has no address: skipping needs no SMTP server, so its reminders are recorded already.
    const skipped = result.emails.filter((e) => e.outcome === 'skipped_no_email');
    expect(skipped.map((e) => `${e.username} ${e.kind} ${e.period}`).sort()).toEqual([
      'focal.pers before_deadline 2566-07',
      'focal.pers late 2566-06',
    ]);
    const rows = await reminderRows();
    expect(rows.filter((r) => r.status === 'failed')).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'skipped').map((r) => r.user_id)).toEqual([
      ids['focal.pers'],
      ids['focal.pers'],
    ]);
    const { rows: released } = await t.db.query<{ reminder_id: number | null; attempts: number }>(
      'select reminder_id, attempts from reminder_item where user_id = $1',
      [ids[failed[0]!.username]],
    );
    expect(released).toEqual([{ reminder_id: null, attempts: 1 }]);
  });

  it('sends one e-mail per recipient, kind and month, in Thai, naming the right projects', async () => {
    const result = await run(AUG(3));
    expect(result.today).toBe('2023-08-03');
    expect(smtp.messages).toHaveLength(4);

    // focal.bhrdi: July before its deadline, and June (deadline 5 July, never locks in the demo) late.
    const focal = to('focal.bhrdi');
    expect(focal.map((m) => m.subject).sort()).toEqual([
      `[ติดตาม] เตือนส่งรายงานความก้าวหน้าประจำเดือนกรกฎาคม 2566 ภายในวันที่ 5 สิงหาคม 2566 (${(await myWorkCodes('2566-07')).length} โครงการ)`,
      `[ติดตาม] เลยกำหนดส่งรายงานความก้าวหน้าประจำเดือนมิถุนายน 2566 (กำหนด 5 กรกฎาคม 2566) ค้างส่ง ${(await myWorkCodes('2566-06')).length} โครงการ`,
    ]);
    const july = focal.find((m) => m.subject.includes('กรกฎาคม 2566 ภายใน'))!;
    expect(codesIn(july.text)).toEqual(await myWorkCodes('2566-07'));
    expect(codesIn(july.text)).toContain('P2-03'); // in progress, BHRDI
    expect(codesIn(july.text)).not.toContain('P2-02'); // completed in January
    expect(codesIn(july.text)).not.toContain('P1-04'); // another unit's
    expect(july.text).toContain('เรียน ผู้รับผิดชอบโครงการ สถาบันพัฒนาทรัพยากรบุคคล');
    expect(july.text).toContain('5 สิงหาคม 2566 (เหลือ 2 วัน)');
    expect(july.text).toMatch(/https:\/\/tidtam\.bma\.test\/projects\/\d+/);
    expect(july.from).toBe(FROM);
    const juneFocal = focal.find((m) => m.subject.includes('มิถุนายน'))!;
    expect(codesIn(juneFocal.text)).toEqual(await myWorkCodes('2566-06'));
    expect(juneFocal.text).toContain('เลยกำหนด 29 วัน');

    // The approver is told of the late month too; the centre of the May report stuck at a district office.
    expect(to('approver.bhrdi').map((m) => m.subject)).toEqual([juneFocal.subject]);
    const centre = to('admin');
    expect(centre).toHaveLength(1);
    expect(centre[0]!.subject).toContain('[ติดตาม] แจ้งสำนักงาน ก.ก.: รายงานประจำเดือนพฤษภาคม 2566');
    expect(codesIn(centre[0]!.text)).toEqual(['P1-05']);

    // focal.pers has no address: its two reminders were recorded as skipped by the run before, once.
    expect(result.emails.filter((e) => e.outcome === 'skipped_no_email')).toEqual([]);
    const rows = await reminderRows();
    expect(rows.filter((r) => r.status === 'skipped').map((r) => r.note)).toEqual(['no_email', 'no_email']);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(4);
    // The item that failed in the run before was claimed again and sent.
    const { rows: retried } = await t.db.query<{ attempts: number }>(
      'select attempts from reminder_item where attempts > 1',
    );
    expect(retried).toEqual([{ attempts: 2 }]);
  });

  it('a second run sends nothing, and records nothing', async () => {
    const before = (await reminderRows()).length;
    const result = await run(AUG(3));
    expect(result.emails).toEqual([]);
    expect(smtp.messages).toHaveLength(4);
    expect(await reminderRows()).toHaveLength(before);
  });

  it('tidtam remind --dry-run --json shows what is due without sending or recording it', async () => {
    // A focal point sends July's P2-03 up; the test dates its submission Friday 4 August 2023.
    const focal = await t.login('focal.bhrdi');
    const { rows } = await t.db.query<{ id: number }>("select id from project where code = 'P2-03'");
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${rows[0]!.id}/reports`,
      headers: changeHeaders(focal),
      payload: { period: '2566-07', status: 'in_progress', percent: 60, action: 'submit' },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    await t.db.query(
      `update monthly_report set submitted_at = '2023-08-04T03:00:00Z'
        where period = 256607 and superseded_at is null and project_id = $1`,
      [rows[0]!.id],
    );

    const before = (await reminderRows()).length;
    let printed = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed += String(chunk);
      return true;
    });
    try {
      await remindCommand({ db: t.db } as unknown as Backend, loadEnv({}), {
        dryRun: true,
        json: true,
        now: AUG(6),
      });
    } finally {
      write.mockRestore();
    }
    const result = JSON.parse(printed) as ReminderRunResult;
    expect(result.dryRun).toBe(true);
    expect(result.emails.map((e) => `${e.username} ${e.kind} ${e.period} ${e.outcome}`).sort()).toEqual([
      'approver.bhrdi late 2566-07 would_send',
      'focal.bhrdi late 2566-07 would_send',
      'focal.pers late 2566-07 would_skip_no_email',
    ]);
    // Sent up on 4 August, P2-03 is no longer missing.
    expect(result.emails[0]!.projectCodes).not.toContain('P2-03');
    expect(smtp.messages).toHaveLength(4);
    expect(await reminderRows()).toHaveLength(before);
  });

  it('two runs at once still send each e-mail once (the day after the deadline: late)', async () => {
    const [a, b] = await Promise.all([run(AUG(6)), run(AUG(6))]);
    const sent = [...a.emails, ...b.emails].filter((e) => e.outcome === 'sent');
    expect(sent.map((e) => `${e.username} ${e.kind} ${e.period}`).sort()).toEqual([
      'approver.bhrdi late 2566-07',
      'focal.bhrdi late 2566-07',
    ]);
    expect(smtp.messages).toHaveLength(6);
    const late = to('focal.bhrdi').find((m) =>
      m.subject.includes('เลยกำหนดส่งรายงานความก้าวหน้าประจำเดือนกรกฎาคม'),
    )!;
    expect(late.text).toContain('เลยกำหนด 1 วัน');
    expect(codesIn(late.text)).not.toContain('P2-03');
    const skipped = (await reminderRows()).filter((r) => r.status === 'skipped' && r.period === 256607);
    expect(skipped.map((r) => r.kind).sort()).toEqual(['before_deadline', 'late']);
  });

  it('a report waiting more than 5 days reaches the approver, more than 10 the centre, each once', async () => {
    expect((await run(AUG(9))).emails).toEqual([]); // waited 5 days: not more than 5

    await run(AUG(10));
    expect(smtp.messages).toHaveLength(7);
    const [awaiting] = to('approver.bhrdi').filter((m) => m.subject.includes('รอท่านอนุมัติ'));
    expect(awaiting!.subject).toBe('[ติดตาม] รายงานประจำเดือนกรกฎาคม 2566 รอท่านอนุมัติเกิน 5 วัน (1 รายงาน)');
    expect(codesIn(awaiting!.text)).toEqual(['P2-03']);
    expect(awaiting!.text).toContain('ส่งเมื่อ 4 สิงหาคม 2566 รอมาแล้ว 6 วัน');

    expect((await run(AUG(14))).emails).toEqual([]); // 10 days: the approver was told; not yet the centre

    await run(AUG(15));
    expect(smtp.messages).toHaveLength(8);
    const escalated = to('admin').filter((m) => m.subject.includes('กรกฎาคม 2566'));
    expect(escalated.map((m) => m.subject)).toEqual([
      '[ติดตาม] แจ้งสำนักงาน ก.ก.: รายงานประจำเดือนกรกฎาคม 2566 รอหัวหน้าหน่วยงานอนุมัติเกิน 10 วัน (1 รายงาน)',
    ]);
    expect(codesIn(escalated[0]!.text)).toEqual(['P2-03']);
    expect(escalated[0]!.text).toContain(`${PUBLIC_URL}/review?state=submitted&period=2566-07`);

    expect((await run(AUG(15))).emails).toEqual([]);
    expect(smtp.messages).toHaveLength(8);
    // Every e-mail once per recipient and kind and month, and one audit row per e-mail sent.
    const keys = (await reminderRows())
      .filter((r) => r.status === 'sent')
      .map((r) => `${r.user_id} ${r.kind} ${r.period}`);
    expect(new Set(keys).size).toBe(8);
    const { rows: audit } = await t.db.query<{ n: number }>(
      "select count(*)::int as n from audit_event where entity = 'reminder' and action = 'create'",
    );
    expect(audit[0]!.n).toBe(8);
  });
});
