/** Fixtures of tests/api/committee-attachments.test.ts: files by their bytes, multipart forms, the app and its users. */
import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import { expect } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import { createPerson } from '../../src/server/use-cases/workforce/people';
import type { AssignmentDetail } from '../../src/shared/api/committee';
import { CSRF, createTestApp, type TestApp } from '../helpers/api-app';

export let t: TestApp;
export const cookie: Record<string, string> = {};
export let agendaItem = 0;
export let later = 0;
export let bhrdi = 0;

export const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
export const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n% ทดสอบ\n'),
  Buffer.from([0, 1, 2, 0xff, 0xfe]),
  Buffer.from('\n%%EOF\n'),
]);
export const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
export const EXE = Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode', 'latin1');
export const THAI_NAME = 'รายงานผล (ครั้งที่ ๑) สพข.pdf';
export let DOCX: Buffer;
export const PERSON = {
  nationalId: '1101700230708',
  birthDate: '1985-03-02',
  title: 'นาง',
  firstName: 'สมหญิง',
  lastName: 'ใจดี',
  position: 'นักทรัพยากรบุคคล',
};

export type Part = [name: string, bytes: Buffer] | [field: string, value: string, 'field'];
export function form(...parts: Part[]): FormData {
  const f = new FormData();
  for (const p of parts) {
    if (p.length === 3) f.append(p[0], p[1]);
    else f.append('file', new Blob([p[1]], { type: 'application/octet-stream' }), p[0]);
  }
  return f;
}

export const as = (who: string) => ({ ...CSRF, cookie: cookie[who]! });
export const upload = (who: string, id: number, payload: FormData) =>
  t.app.inject({
    method: 'POST',
    url: `/api/committee/assignments/${id}/attachments`,
    headers: as(who),
    payload,
  });
export const get = (who: string, url: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who]! } });
export const detail = async (id: number) =>
  (await get('admin', `/api/committee/assignments/${id}`)).json() as AssignmentDetail;

export async function newAssignment(): Promise<number> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/committee/agenda-items/${agendaItem}/resolutions`,
    headers: as('admin'),
    payload: {
      kind: 'assign',
      text: `มอบหมายให้ สพข. รายงานพร้อมเอกสาร ${Math.random()}`,
      assignments: [{ unitId: bhrdi, returnKind: 'report_for_information', dueNextMeeting: true }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { assignmentIds: number[] }).assignmentIds[0]!;
}

/** Rows that a refusal must leave as they were. */
export async function counts() {
  const { rows } = await t.db.query<{ files: number; progress: number; audit: number }>(
    `select (select count(*)::int from committee_attachment) as files,
            (select count(*)::int from committee_progress) as progress,
            (select count(*)::int from audit_event) as audit`,
  );
  return rows[0]!;
}

export async function setUp() {
  t = await createTestApp({ workforce: false });
  DOCX = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph('รายงานความคืบหน้า')] }] }),
  );
  for (const u of ['admin', 'focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'])
    cookie[u] = await t.login(u);
  bhrdi = (await t.db.query<{ id: number }>("select id from org_unit where code = 'BHRDI'")).rows[0]!.id;
  await t.db.query(
    `insert into app_user (username, display_name, password_hash, role, unit_id, person_id)
     select 'staff.attach', 'บุคลากร สพข.', password_hash, 'staff', $1, $2 from app_user where username = 'committee'`,
    [bhrdi, (await createPerson(t.db, OPERATOR, { ...PERSON, unitId: bhrdi })).id],
  );
  cookie.staff = await t.login('staff.attach');
  const meeting = (
    await t.db.query<{ id: number }>('select id from committee_meeting where no = 6 and year_be = 2566')
  ).rows[0]!.id;
  agendaItem = (
    await t.db.query<{ id: number }>(
      "select id from committee_agenda_item where meeting_id = $1 and kind = 'for_consideration'",
      [meeting],
    )
  ).rows[0]!.id;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/committee/meetings',
    headers: as('admin'),
    payload: { no: 7, yearBe: 2566, heldOn: '2023-07-26', place: 'ห้องประชุม' },
  });
  later = (res.json() as { id: number }).id;
}
export async function tearDown() {
  await t?.close();
}
