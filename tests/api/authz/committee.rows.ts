/**
 * The authorization matrix's rows of this module (tests/api/authz/matrix.ts says how a row reads):
 * Committee meetings, resolutions, assignments, their files and papers, reminders.
 */
import { CSRF } from '../../helpers/api-app';
import { all, signedIn, adminOnly, t, cookies, next, unit, one, asAdmin, newUnit, type Rows } from './matrix';

const committee = { meeting: 0, agendaItem: 0, later: 0, assignment: 0, attachment: 0 };
/** Committee and secretariat read every meeting; units do not. */
const committeeReaders = (status: number) => ({ ...all(403), anonymous: 401, viewer: status, admin: status });

async function committeeAssignment(propose = false): Promise<{ id: number; version: number }> {
  const res = await asAdmin('POST', `/api/committee/agenda-items/${committee.agendaItem}/resolutions`, {
    kind: 'assign',
    text: `มติทดสอบสิทธิ์ ${next()}`,
    assignments: [{ unitId: unit('BHRDI'), returnKind: 'report_for_information', dueNextMeeting: true }],
  });
  const id = (res.json() as { assignmentIds: number[] }).assignmentIds[0]!;
  if (!propose) return { id, version: 1 };
  const p = await t.app.inject({
    method: 'POST',
    url: `/api/committee/assignments/${id}/progress`,
    headers: { ...CSRF, cookie: cookies.focalOwn },
    payload: { text: 'ดำเนินการเสร็จแล้ว', proposesClosing: true, version: 1 },
  });
  if (p.statusCode !== 201) throw new Error(`fixture progress: ${p.statusCode} ${p.body}`);
  return { id, version: 2 };
}

/** A small PDF attached by BHRDI's focal point to a fresh assignment's progress; answers the file's id. */
async function committeeAttachment(): Promise<number> {
  const a = await committeeAssignment(true);
  const form = new FormData();
  form.append('file', new Blob(['%PDF-1.4\n%%EOF\n']), 'รายงาน.pdf');
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/committee/assignments/${a.id}/attachments`,
    headers: { ...CSRF, cookie: cookies.focalOwn },
    payload: form,
  });
  if (res.statusCode !== 201) throw new Error(`fixture attachment: ${res.statusCode} ${res.body}`);
  return (res.json() as { attachments: { id: number }[] }).attachments[0]!.id;
}

async function setUpCommittee() {
  committee.meeting = (
    await one<{ id: number }>('select id from committee_meeting where no = 6 and year_be = 2566')
  ).id;
  committee.agendaItem = (
    await one<{ id: number }>(
      "select id from committee_agenda_item where meeting_id = $1 and kind = 'for_consideration'",
      [committee.meeting],
    )
  ).id;
  const later = await asAdmin('POST', '/api/committee/meetings', {
    no: 7,
    yearBe: 2566,
    heldOn: '2023-07-26',
    place: 'ห้องนพรัตน์ ชั้น ๕',
  });
  committee.later = (later.json() as { id: number }).id;
  committee.assignment = (await committeeAssignment()).id;
  committee.attachment = await committeeAttachment();
}
export const setUp = setUpCommittee;
export const ROWS: Rows = {
  'POST /api/committee/reminders/run': {
    prepare: () => ({ url: '/api/committee/reminders/run', payload: { dryRun: true } }),
    expect: adminOnly(200),
  },
  // ---- committee (meetings, resolutions, assignments; issue 13) ----
  'GET /api/committee/meetings': {
    prepare: () => ({ url: '/api/committee/meetings' }),
    expect: committeeReaders(200),
  },
  'POST /api/committee/meetings': {
    prepare: () => {
      const n = next();
      return {
        url: '/api/committee/meetings',
        payload: {
          no: (n % 99) + 1,
          yearBe: 2600 + Math.floor(n / 99),
          heldOn: '2024-01-10',
          online: 'Zoom',
        },
      };
    },
    expect: adminOnly(201),
  },
  'GET /api/committee/meetings/:id': {
    prepare: () => ({ url: `/api/committee/meetings/${committee.meeting}` }),
    expect: committeeReaders(200),
  },
  'POST /api/committee/meetings/:id/agenda-items': {
    prepare: () => ({
      url: `/api/committee/meetings/${committee.later}/agenda-items`,
      payload: { kind: 'schedule', title: 'เรื่องกำหนดวันประชุม' },
    }),
    expect: adminOnly(201),
  },
  'POST /api/committee/agenda-items/:id/resolutions': {
    prepare: () => ({
      url: `/api/committee/agenda-items/${committee.agendaItem}/resolutions`,
      payload: { kind: 'acknowledge', text: 'รับทราบ', suggestions: ['ข้อเสนอแนะทดสอบ'] },
    }),
    expect: adminOnly(201),
  },
  'POST /api/committee/resolutions/:id/assignments': {
    prepare: async () => {
      const { rows } = await t.db.query<{ id: number }>(
        'select resolution_id as id from committee_assignment where id = $1',
        [committee.assignment],
      );
      return {
        url: `/api/committee/resolutions/${rows[0]!.id}/assignments`,
        payload: { unitId: await newUnit(), returnKind: 'submit_for_consideration', dueDate: '2024-03-31' },
      };
    },
    expect: adminOnly(201),
  },
  'GET /api/committee/search': {
    prepare: () => ({ url: `/api/committee/search?q=${encodeURIComponent('แผนยุทธศาสตร์')}` }),
    expect: committeeReaders(200),
  },
  'GET /api/committee/assignments': {
    prepare: () => ({ url: '/api/committee/assignments' }),
    expect: signedIn(200),
    note: 'focal points and approvers get their own unit’s assignments only',
  },
  'GET /api/committee/assignments/by-unit': {
    prepare: () => ({ url: '/api/committee/assignments/by-unit' }),
    expect: signedIn(200),
  },
  'GET /api/committee/assignments/:id': {
    prepare: () => ({ url: `/api/committee/assignments/${committee.assignment}` }),
    // A BHRDI assignment: another unit's focal point is told it does not exist.
    expect: { ...signedIn(200), focalOther: 404 },
  },
  'POST /api/committee/assignments/:id/progress': {
    prepare: async () => {
      const a = await committeeAssignment();
      return {
        url: `/api/committee/assignments/${a.id}/progress`,
        payload: { text: 'ความคืบหน้าทดสอบ', proposesClosing: false, version: a.version },
      };
    },
    // Only the assigned unit reports: another unit is not told it exists; the secretariat (OCSC-BMA) may not.
    expect: { ...all(201), anonymous: 401, viewer: 403, focalOther: 404, admin: 403 },
  },
  // Files on progress (migration 0021): as reporting progress; readers as the assignment's.
  'POST /api/committee/assignments/:id/attachments': {
    prepare: async () => {
      const a = await committeeAssignment(true);
      const form = new FormData();
      form.append('file', new Blob(['%PDF-1.4\n%%EOF\n']), 'ผลการดำเนินงาน.pdf');
      return { url: `/api/committee/assignments/${a.id}/attachments`, payload: form };
    },
    expect: { ...all(201), anonymous: 401, viewer: 403, focalOther: 404, admin: 403 },
  },
  'GET /api/committee/attachments/:id': {
    prepare: () => ({ url: `/api/committee/attachments/${committee.attachment}` }),
    expect: { ...signedIn(200), focalOther: 404 },
    download: true,
  },
  'DELETE /api/committee/attachments/:id': {
    prepare: async () => ({ url: `/api/committee/attachments/${await committeeAttachment()}` }),
    expect: { ...all(200), anonymous: 401, viewer: 403, focalOther: 404, admin: 403 },
  },
  'POST /api/committee/assignments/:id/close': {
    prepare: async () => {
      const a = await committeeAssignment(true);
      return {
        url: `/api/committee/assignments/${a.id}/close`,
        payload: { meetingId: committee.later, version: a.version },
      };
    },
    expect: adminOnly(200),
  },
  'GET /api/committee/meetings/:id/follow-up.docx': {
    prepare: () => ({ url: `/api/committee/meetings/${committee.later}/follow-up.docx` }),
    expect: committeeReaders(200),
    download: true,
  },
  'GET /api/committee/meetings/:id/minutes-draft.docx': {
    prepare: () => ({ url: `/api/committee/meetings/${committee.meeting}/minutes-draft.docx` }),
    expect: committeeReaders(200),
    download: true,
  },
};
