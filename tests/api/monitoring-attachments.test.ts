/**
 * Evidence on a monthly report and on a problem (issue 14, item 8; migration 0029): a round trip byte for
 * byte with a Thai name and a safe Content-Disposition; the type by content; refusals (wrong type, too
 * large, another agency, a sent report) that change nothing; removal while allowed; the audit rows (name,
 * size, hash, never the bytes); and the bytes through a backup and restore.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../src/server/backup/dump';
import { restoreDatabase } from '../../src/server/backup/restore';
import type { MonitoringAttachmentList } from '../../src/shared/api/monitoring/attachments';
import { CSRF, changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';
import { createTestDatabase } from '../helpers/test-db';

let t: TestApp;
const cookie: Record<string, string> = {};
let projectId = 0;

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n% หลักฐาน\n'),
  Buffer.from([0, 1, 0xff]),
  Buffer.from('\n%%EOF\n'),
]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const EXE = Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode', 'latin1');
const THAI_NAME = 'หลักฐานการเบิกจ่าย (มิ.ย.).pdf';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function form(name: string, bytes: Buffer): FormData {
  const f = new FormData();
  f.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
  return f;
}
const post = (who: string, url: string, name: string, bytes: Buffer) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { ...CSRF, cookie: cookie[who]! },
    payload: form(name, bytes),
  });
const get = (who: string, url: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who]! } });
const reportUrl = () => `/api/projects/${projectId}/attachments?period=2566-06`;
const stored = async () =>
  (await t.db.query<{ n: number }>('select count(*)::int as n from monitoring_attachment')).rows[0]!.n;

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  for (const who of ['admin', 'focal.bhrdi', 'approver.bhrdi', 'focal.pers'])
    cookie[who] = await t.login(who);
  const { rows } = await t.db.query<{ id: number }>(
    `select p.id from project p join org_unit u on u.id = p.owner_unit_id
      where u.code = 'BHRDI' and not exists (
        select 1 from monthly_report m where m.project_id = p.id and m.period >= 256606)
      order by p.code limit 1`,
  );
  projectId = rows[0]!.id;
});
afterAll(async () => {
  await t?.close();
});

describe('evidence on a monthly report', () => {
  let fileId = 0;

  it('a focal point attaches a PDF to the month being reported; it comes back byte for byte', async () => {
    const res = await post('focal.bhrdi', reportUrl(), THAI_NAME, PDF);
    expect(res.statusCode).toBe(201);
    const list = res.json() as MonitoringAttachmentList;
    expect(list).toMatchObject({ mayChange: true, reason: null, max: 10 });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      fileName: THAI_NAME,
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha(PDF),
    });
    fileId = list.items[0]!.id;
    const down = await get('approver.bhrdi', `/api/monitoring/attachments/${fileId}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="${THAI_NAME.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(THAI_NAME).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
  });

  it('refuses a file by its content, one over 10 MB and another agency, changing nothing', async () => {
    expectApiError(await post('focal.bhrdi', reportUrl(), 'ใบเสร็จ.pdf', EXE), 400, 'invalid_input');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    expectApiError(await post('focal.bhrdi', reportUrl(), 'ใหญ่.pdf', big), 413, 'too_large');
    expectApiError(await post('focal.pers', reportUrl(), 'x.pdf', PDF), 403, 'forbidden');
    expectApiError(await get('focal.pers', reportUrl()), 403, 'forbidden');
    expectApiError(await get('focal.pers', `/api/monitoring/attachments/${fileId}`), 404, 'not_found');
    // An approver reads but does not add to a report (the focal point reports).
    const approverList = (await get('approver.bhrdi', reportUrl())).json() as MonitoringAttachmentList;
    expect(approverList.mayChange).toBe(false);
    expect(approverList.items.map((i) => i.id)).toEqual([fileId]);
    expect(await stored()).toBe(1);
  });

  it('keeps a sent report’s files as sent: no removal, no addition until it is returned', async () => {
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${projectId}/reports`,
      headers: changeHeaders(cookie['focal.bhrdi']),
      payload: { period: '2566-06', status: 'in_progress', percent: 20, problems: 'ขาดผู้รับจ้าง' },
    });
    expect(sent.json()).toMatchObject({ state: 'submitted' });
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/monitoring/attachments/${fileId}`,
      headers: changeHeaders(cookie['focal.bhrdi']),
    });
    expectApiError(del, 409, 'conflict');
    expectApiError(await post('focal.bhrdi', reportUrl(), 'เพิ่ม.pdf', PDF), 409, 'conflict');
    const list = (await get('focal.bhrdi', reportUrl())).json() as MonitoringAttachmentList;
    expect(list.mayChange).toBe(false);
    expect(list.reason?.en).toContain('report');
    expect(await stored()).toBe(1);
  });
});

describe('evidence on a problem', () => {
  it('the unit attaches a PNG to its problem and removes it; both audited without the bytes', async () => {
    const { rows } = await t.db.query<{ id: number }>(
      'select id from problem where project_id = $1 and period = 256606',
      [projectId],
    );
    const problemId = rows[0]!.id;
    const up = await post('approver.bhrdi', `/api/problems/${problemId}/attachments`, 'ภาพถ่าย.jpg', PNG);
    expect(up.statusCode).toBe(201);
    const list = up.json() as MonitoringAttachmentList;
    // The name follows the content: a PNG named .jpg is kept as .png.
    expect(list.items.map((i) => [i.fileName, i.mediaType, i.sizeBytes])).toEqual([
      ['ภาพถ่าย.png', 'image/png', 16],
    ]);
    expectApiError(await get('focal.pers', `/api/problems/${problemId}/attachments`), 403, 'forbidden');
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/monitoring/attachments/${list.items[0]!.id}`,
      headers: changeHeaders(cookie['focal.bhrdi']),
    });
    expect(del.statusCode).toBe(200);
    expect((del.json() as MonitoringAttachmentList).items).toEqual([]);

    const { rows: audit } = await t.db.query<{ action: string; data: Record<string, unknown> }>(
      `select action, coalesce(after, before) as data from audit_event where entity = 'monitoring_attachment' order by id`,
    );
    expect(audit.map((a) => [a.action, a.data.file_name, a.data.size_bytes, a.data.problem_id])).toEqual([
      ['create', THAI_NAME, PDF.length, null],
      ['create', 'ภาพถ่าย.png', 16, problemId],
      ['delete', 'ภาพถ่าย.png', 16, problemId],
    ]);
    expect(audit.every((a) => !('content' in a.data))).toBe(true);
  });

  it('the bytes survive a backup and restore exactly', async () => {
    const lines: string[] = [];
    await dumpDatabase(t.db, async (line) => {
      lines.push(line);
    });
    const target = await createTestDatabase();
    try {
      await restoreDatabase(
        target,
        (async function* () {
          yield* lines;
        })(),
      );
      const q =
        "select id, file_name, sha256, encode(sha256(content), 'hex') as actual from monitoring_attachment order by id";
      const want = (await t.db.query<{ sha256: string; actual: string }>(q)).rows;
      expect(want).toHaveLength(1);
      expect(want[0]!.sha256).toBe(sha(PDF));
      expect((await target.query(q)).rows).toEqual(want);
    } finally {
      await target.close();
    }
  });
});
