/**
 * The committee module over HTTP, on the demo (the four meetings of the seeds): counts per unit, the
 * follow-up of one resolution from recording to closing with every refusal on the way, the carry-over into
 * the next meeting's paper, the audit rows, and Thai search. Runs on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AssignmentDetail,
  AssignmentView,
  MeetingSummary,
  MeetingView,
  SearchPage,
  UnitAssignmentCounts,
} from '../../src/shared/api/committee';
import { followUpPaper } from '../../src/server/use-cases/committee/papers';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

const READER = { userId: null, label: 'committee', role: 'viewer', unitId: null } as const;
let t: TestApp;
const cookie: Record<string, string> = {};

const get = async <T>(user: string, url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user]! } });
  return { res, body: res.json() as T };
};
const post = (user: string, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: changeHeaders(cookie[user]), payload });

let meetings: MeetingSummary[];
const meetingId = (label: string) => meetings.find((m) => `${m.no}/${m.yearBe}` === label)!.id;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['admin', 'committee', 'focal.bhrdi', 'focal.pers', 'approver.bhrdi'])
    cookie[u] = await t.login(u);
  meetings = (await get<MeetingSummary[]>('committee', '/api/committee/meetings')).body;
}, 120_000);
afterAll(() => t?.close());

describe('the demo', () => {
  it('holds the four meetings of the seeds, newest first, 6/2566 with its agenda in the standard order', async () => {
    expect(meetings.map((m) => `${m.no}/${m.yearBe}`)).toEqual(['6/2566', '7/2563', '3/2562', '8/2560']);
    const { body } = await get<MeetingView>('committee', `/api/committee/meetings/${meetingId('6/2566')}`);
    expect(body.agenda.map((i) => i.kind)).toEqual([
      'chair',
      'certify',
      'for_consideration',
      'other',
      'schedule',
    ]);
    const drive = body.agenda[2]!.resolutions[0]!;
    expect(drive.suggestions.map((s) => s.no)).toEqual([1, 2, 3, 4, 5]);
    expect(drive.links).toEqual([
      { kind: 'plan', ref: 'HR-2566-2570' },
      { kind: 'strategy', ref: '2.2' },
      { kind: 'target', ref: '2' },
    ]);
    expect(drive.assignments.map((a) => [a.unit.code, a.state, a.overdue])).toEqual([
      ['OCSC-BMA', 'progress_reported', false],
    ]);
  });

  it('counts open, overdue and closed assignments per unit (one overdue: PALAD since 6/2566)', async () => {
    const { body } = await get<UnitAssignmentCounts[]>('committee', '/api/committee/assignments/by-unit');
    expect(body.map((c) => [c.unit.code, c.open, c.overdue, c.closed])).toEqual([
      ['OCSC-BMA', 1, 0, 2],
      ['PALAD', 1, 1, 0],
      ['PERS', 0, 0, 1],
      ['SPE', 0, 0, 1],
    ]);
    const overdue = (await get<AssignmentView[]>('admin', '/api/committee/assignments?status=overdue')).body;
    expect(overdue.map((a) => [a.unit.code, a.dueOn])).toEqual([['PALAD', '2023-06-21']]);
  });

  it('carries into the paper of 6/2566 the two 7/2563 resolutions (one closed at that very meeting), nothing older', async () => {
    const paper = await followUpPaper(t.db, READER, meetingId('6/2566'));
    expect(paper.carried.map((c) => [`${c.origin.no}/${c.origin.yearBe}`, c.kind])).toEqual([
      ['7/2563', 'assign'],
      ['7/2563', 'revise_return'],
    ]);
    expect(paper.carried[1]!.assignments[0]!.daysLate).toBe(0);
  });
});

describe('following one resolution up', () => {
  let assignment: AssignmentDetail;
  let next = 0;

  it('the secretariat records the next meeting and a resolution assigning BHRDI', async () => {
    const m = await post('admin', '/api/committee/meetings', {
      no: 7,
      yearBe: 2566,
      heldOn: '2023-07-26',
      place: 'ห้องนพรัตน์ ชั้น ๕',
      online: 'Zoom',
      agenda: [
        { kind: 'chair', title: 'เรื่องที่ประธานแจ้ง' },
        { kind: 'carried_over', title: 'เรื่องสืบเนื่อง' },
      ],
    });
    expect(m.statusCode).toBe(201);
    next = (m.json() as MeetingSummary).id;
    expectApiError(
      await post('admin', '/api/committee/meetings', {
        no: 7,
        yearBe: 2566,
        heldOn: '2023-07-26',
        place: 'x',
      }),
      409,
      'conflict',
    );
    const order = await post('admin', `/api/committee/meetings/${next}/agenda-items`, {
      kind: 'certify',
      title: 'รับรอง',
    });
    expectApiError(order, 400, 'invalid_input');
    const { body } = await get<MeetingView>('admin', `/api/committee/meetings/${meetingId('6/2566')}`);
    const { rows } = await t.db.query<{ id: number }>("select id from org_unit where code = 'BHRDI'");
    const res = await post('admin', `/api/committee/agenda-items/${body.agenda[2]!.id}/resolutions`, {
      kind: 'assign',
      text: 'มอบหมายให้สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานครจัดทำหลักสูตร HRD Roadmap และรายงานในการประชุมครั้งถัดไป',
      suggestions: ['ควรทดลองหลักสูตรนำร่องกับหน่วยงานที่พร้อม'],
      links: [{ kind: 'strategy', ref: '2.3' }],
      assignments: [{ unitId: rows[0]!.id, returnKind: 'report_for_information', dueNextMeeting: true }],
    });
    expect(res.statusCode).toBe(201);
    const [id] = (res.json() as { assignmentIds: number[] }).assignmentIds;
    assignment = (await get<AssignmentDetail>('focal.bhrdi', `/api/committee/assignments/${id}`)).body;
    expect([assignment.state, assignment.dueOn, assignment.overdue]).toEqual(['open', '2023-07-26', true]);
  });

  it('refuses other units, the committee, and closing before a proposal', async () => {
    const url = `/api/committee/assignments/${assignment.id}`;
    expectApiError((await get('focal.pers', url)).res, 404, 'not_found');
    const body = { text: 'x', proposesClosing: false, version: assignment.version };
    expectApiError(await post('focal.pers', `${url}/progress`, body), 404, 'not_found');
    expectApiError(await post('committee', `${url}/progress`, body), 403, 'forbidden');
    expectApiError(
      await post('focal.bhrdi', `${url}/close`, { meetingId: next, version: 1 }),
      403,
      'forbidden',
    );
    expectApiError(await post('admin', `${url}/close`, { meetingId: next, version: 1 }), 409, 'conflict');
    const mine = (await get<AssignmentView[]>('focal.bhrdi', '/api/committee/assignments')).body;
    expect(mine.map((a) => a.id)).toEqual([assignment.id]);
    const pers = (await get<AssignmentView[]>('focal.pers', '/api/committee/assignments')).body;
    expect(pers.map((a) => [a.unit.code, a.state])).toEqual([['PERS', 'closed']]);
    expectApiError((await get('focal.bhrdi', '/api/committee/meetings')).res, 403, 'forbidden');
  });

  it('the unit reports progress and proposes closing; a stale version is refused', async () => {
    const url = `/api/committee/assignments/${assignment.id}/progress`;
    const res = await post('focal.bhrdi', url, {
      text: 'ร่างหลักสูตรเสร็จแล้ว ทดลองกับ ๒ หน่วยงาน',
      proposesClosing: true,
      version: 1,
    });
    expect(res.statusCode).toBe(201);
    assignment = res.json() as AssignmentDetail;
    expect([assignment.state, assignment.progress.length, assignment.progress[0]!.proposesClosing]).toEqual([
      'closing_proposed',
      1,
      true,
    ]);
    expectApiError(
      await post('approver.bhrdi', url, { text: 'y', proposesClosing: true, version: 1 }),
      409,
      'conflict',
    );
  });

  it('the next meeting’s paper shows it once, beside the older open items', async () => {
    const paper = await followUpPaper(t.db, READER, next);
    const texts = paper.carried.map((c) => c.text);
    expect(texts.filter((x) => x.includes('HRD Roadmap'))).toHaveLength(1);
    expect(paper.carried.map((c) => `${c.origin.no}/${c.origin.yearBe}`)).toEqual([
      '7/2563',
      '6/2566',
      '6/2566',
    ]);
  });

  it('the secretariat closes it at 7/2566, not at 6/2566; then nobody reports on it', async () => {
    const url = `/api/committee/assignments/${assignment.id}`;
    const early = await post('admin', `${url}/close`, {
      meetingId: meetingId('6/2566'),
      version: assignment.version,
    });
    expectApiError(early, 400, 'invalid_input');
    const res = await post('admin', `${url}/close`, {
      meetingId: next,
      note: 'รับทราบ',
      version: assignment.version,
    });
    expect(res.statusCode).toBe(200);
    const closed = res.json() as AssignmentDetail;
    expect([closed.state, closed.closedAt?.no, closed.closedAt?.yearBe]).toEqual(['closed', 7, 2566]);
    const again = await post('focal.bhrdi', `${url}/progress`, {
      text: 'z',
      proposesClosing: false,
      version: closed.version,
    });
    expectApiError(again, 409, 'conflict');
    const { rows } = await t.db.query<{ action: string }>(
      "select action from audit_event where entity = 'committee_assignment' and entity_id = $1 order by id",
      [String(assignment.id)],
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'close']);
  });
});

describe('search', () => {
  it('finds Thai words inside run-on text, pages by 20, and refuses the units', async () => {
    const one = (
      await get<SearchPage>('committee', `/api/committee/search?q=${encodeURIComponent('Facebook')}`)
    ).body;
    expect([one.total, one.hits[0]?.kind, one.hits[0]?.meeting.no]).toEqual([1, 'suggestion', 8]);
    const q = encodeURIComponent('ความก้าวหน้า');
    const thai = (await get<SearchPage>('admin', `/api/committee/search?q=${q}`)).body;
    expect(thai.hits.map((h) => [h.kind, `${h.meeting.no}/${h.meeting.yearBe}`])).toEqual([
      ['meeting', '3/2562'],
      ['resolution', '3/2562'],
    ]);
    const past = (await get<SearchPage>('admin', `/api/committee/search?q=${q}&page=2`)).body;
    expect([past.total, past.hits.length]).toEqual([2, 0]);
    expectApiError((await get('focal.bhrdi', `/api/committee/search?q=${q}`)).res, 403, 'forbidden');
  });
});
