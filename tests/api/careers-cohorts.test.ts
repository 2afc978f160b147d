/**
 * Course cohorts over HTTP (issue 12, item 6): a cohort opened by the office, scores typed and imported (all or
 * nothing, every row error named, dry run), the ranked list and top five, publishing (the course passed lands in
 * career_record, which the criteria read), and who sees what: the office names, the committee and other
 * agencies figures, a staff user their own row.
 *
 * Eight people C01–C08, exam 60 / proposal 40, pass mark 60:
 *   C01 90/80 = 86.00 (1) · C02 80/90 = 84.00 (2) · C03 85/80 = 83.00 (3, the staff user) · C04 70/80 = 74.00 (4)
 *   C05 70/65 = 68.00 (5) · C06 70/65 = 68.00 (5, shared) · C07 60/60 = 60.00 (7: exactly the pass mark)
 *   C08 50/60 = 54.00 (below the pass mark, not ranked)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/domain/careers';
import type { CohortImportResult, CohortSummary, CohortView } from '../../src/shared/api/careers';
import { recordsByPerson } from '../../src/server/repositories/careers/candidates';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

const COURSE = 'หลักสูตรทดสอบรุ่น';
let t: TestApp;
const cookie = {} as Record<'admin' | 'viewer' | 'institute' | 'focalOther' | 'staff', string>;
const person = new Map<string, number>();
let cohort: CohortView;

const send = (method: 'POST' | 'PUT', url: string, payload: object, who: keyof typeof cookie = 'admin') =>
  t.app.inject({ method, url, headers: changeHeaders(cookie[who]), payload });
const get = (url: string, who: keyof typeof cookie = 'admin') =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who] } });

async function upload(text: string, dryRun = false, who: keyof typeof cookie = 'admin') {
  const body = new FormData();
  body.append('file', new Blob([text]), 'scores.csv');
  const request = new Request('http://x/', { method: 'POST', body });
  return t.app.inject({
    method: 'POST',
    url: `/api/careers/cohorts/${cohort.id}/scores/import${dryRun ? '?dryRun=true' : ''}`,
    headers: { ...changeHeaders(cookie[who]), 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}

const NEW = {
  code: 'TC-1',
  name: 'รุ่นทดสอบ',
  course: COURSE,
  fiscalYear: 2567,
  startsOn: '2024-01-15',
  endsOn: '2024-03-29',
  components: [
    { code: 'exam', name: 'สอบวัดความรู้', weight: 60 },
    { code: 'proposal', name: 'ข้อเสนอการพัฒนางาน', weight: 40 },
  ],
  passMark: 60,
};

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  const unit = (await t.db.query<{ id: number }>("select id from org_unit where code = 'D-BANGRAK'")).rows[0]!
    .id;
  for (let i = 1; i <= 8; i++) {
    const no = `C0${i}`;
    const { rows } = await t.db.query<{ id: number }>(
      `insert into person (person_no, birth_date, first_name, last_name, unit_id) values ($1, '1975-01-01', $2, 'ทดสอบ', $3) returning id`,
      [no, `คน${no}`, unit],
    );
    person.set(no, rows[0]!.id);
  }
  await t.db.query(
    `insert into app_user (username, display_name, password_hash, role, person_id)
     select 'staff.c03', 'บุคลากร C03', password_hash, 'staff', $1 from app_user where username = 'committee'`,
    [person.get('C03')],
  );
  cookie.admin = await t.login('admin');
  cookie.viewer = await t.login('committee');
  cookie.institute = await t.login('focal.bhrdi');
  cookie.focalOther = await t.login('focal.pers');
  cookie.staff = await t.login('staff.c03');
});
afterAll(async () => {
  await t?.close();
});

describe('opening a cohort', () => {
  it('refuses weights that do not sum to 100, naming the sum, and anyone but the office', async () => {
    const bad = await send('POST', '/api/careers/cohorts', {
      ...NEW,
      components: [NEW.components[0], { ...NEW.components[1], weight: 39 }],
    });
    const err = expectApiError(bad, 400, 'invalid_input');
    expect(err.issues).toEqual([
      {
        field: 'components',
        th: 'น้ำหนักรวมต้องเท่ากับ 100 (ตอนนี้ 99)',
        en: 'the weights must sum to 100 (they sum to 99)',
      },
    ]);
    for (const who of ['viewer', 'focalOther', 'staff'] as const)
      expect((await send('POST', '/api/careers/cohorts', NEW, who)).statusCode).toBe(403);
  });

  it('the institute opens it (201), a second with the same code is a conflict', async () => {
    const res = await send('POST', '/api/careers/cohorts', NEW, 'institute');
    expect(res.statusCode, res.body).toBe(201);
    cohort = res.json() as CohortView;
    expect([cohort.status, cohort.members, cohort.passMark, cohort.canEdit]).toEqual(['open', 0, 60, true]);
    expectApiError(await send('POST', '/api/careers/cohorts', NEW), 409, 'conflict');
  });
});

describe('scores', () => {
  it('the form lists every row error (unknown person, component, out of range) and writes nothing', async () => {
    const res = await send('PUT', `/api/careers/cohorts/${cohort.id}/scores`, {
      version: cohort.version,
      rows: [
        { personNo: 'C01', scores: { exam: 90 } },
        { personNo: 'NOPE', scores: { talk: 50 } },
      ],
    });
    const err = expectApiError(res, 400, 'invalid_input');
    expect(err.issues!.map((i) => [i.row, i.field, i.en])).toEqual([
      [2, 'rows.1.personNo', 'no person numbered NOPE'],
      [2, 'rows.1.scores.talk', 'this cohort has no score component talk'],
    ]);
    const range = await send('PUT', `/api/careers/cohorts/${cohort.id}/scores`, {
      version: cohort.version,
      rows: [{ personNo: 'C01', scores: { exam: 100.5 } }],
    });
    expect(expectApiError(range, 400, 'invalid_input').issues!.map((i) => i.field)).toEqual([
      'rows.0.scores.exam',
    ]);
    expect((await t.db.query('select 1 from career_cohort_member')).rows).toHaveLength(0);
  });

  it('the form adds members with their scores; the committee cannot', async () => {
    const rows = [
      { personNo: 'C01', scores: { exam: 90, proposal: 80 } },
      { personNo: 'C02', scores: { exam: 80, proposal: 90 } },
      { personNo: 'C03', scores: { exam: 85 } },
    ];
    expect(
      (
        await send(
          'PUT',
          `/api/careers/cohorts/${cohort.id}/scores`,
          { version: cohort.version, rows },
          'viewer',
        )
      ).statusCode,
    ).toBe(403);
    const res = await send('PUT', `/api/careers/cohorts/${cohort.id}/scores`, {
      version: cohort.version,
      rows,
    });
    expect(res.statusCode, res.body).toBe(200);
    cohort = res.json() as CohortView;
    expect(cohort.list.map((r) => [r.personNo, r.state, r.total, r.rank])).toEqual([
      ['C01', 'ranked', '86.00', 1],
      ['C02', 'ranked', '84.00', 2],
      ['C03', 'incomplete', null, null],
    ]);
  });

  it('a file with errors lists each row and column, a dry run writes nothing, then the import adds the rest', async () => {
    const bad = await upload('person_no,exam,ข้อเสนอการพัฒนางาน\nC04,70,80\nC99,abc,80\nC05,70,101\n');
    const err = expectApiError(bad, 400, 'invalid_input');
    expect(err.issues!.map((i) => [i.row, i.field, i.en])).toEqual([
      [3, 'exam', '"abc" is not a number'],
      [4, 'proposal', 'must be at most 100'],
    ]);
    const unknown = expectApiError(await upload('person_no,exam\nC99,50\n'), 400, 'invalid_input');
    expect(unknown.issues!.map((i) => [i.row, i.field, i.en])).toEqual([
      [2, 'person_no', 'no person numbered C99'],
    ]);
    const file =
      'เลขประจำตัวบุคลากร,exam,proposal\nC03,,80\nC04,70,80\nC05,70,65\nC06,70,65\nC07,60,60\nC08,50,60\n';
    const dry = await upload(file, true);
    expect(dry.statusCode, dry.body).toBe(200);
    // The members it names, in the file's order: C03 is already a member.
    const named = { added: ['C04', 'C05', 'C06', 'C07', 'C08'], updated: ['C03'] };
    expect(dry.json()).toEqual({
      dryRun: true,
      rows: 6,
      added: 5,
      updated: 1,
      named,
    } satisfies CohortImportResult);
    expect((await t.db.query('select 1 from career_cohort_member')).rows).toHaveLength(3);
    expect((await upload(file, false, 'viewer')).statusCode).toBe(403);
    expect((await upload(file)).json()).toEqual({ dryRun: false, rows: 6, added: 5, updated: 1, named });
  });
});

describe('the ranked list', () => {
  it('ranks by total, shares 5th place, ranks the pass mark exactly met, leaves out the one below', async () => {
    cohort = (await get(`/api/careers/cohorts/${cohort.id}`)).json() as CohortView;
    expect(cohort.list.map((r) => [r.personNo, r.state, r.total, r.rank, r.top, r.decidedBy])).toEqual([
      ['C01', 'ranked', '86.00', 1, true, null],
      ['C02', 'ranked', '84.00', 2, true, null],
      ['C03', 'ranked', '83.00', 3, true, null],
      ['C04', 'ranked', '74.00', 4, true, null],
      ['C05', 'ranked', '68.00', 5, true, null],
      ['C06', 'ranked', '68.00', 5, true, 'shared'],
      ['C07', 'ranked', '60.00', 7, false, null],
      ['C08', 'below_pass_mark', '54.00', null, false, null],
    ]);
    expect(cohort.ranked).toBe(7);
  });

  it('the committee and another agency see figures without names; the staff user only their own row', async () => {
    for (const who of ['viewer', 'focalOther'] as const) {
      const seen = (await get(`/api/careers/cohorts/${cohort.id}`, who)).json() as CohortView;
      expect(seen.names).toBe(false);
      expect(seen.list.map((r) => [r.personNo, r.name, r.total])).toEqual(
        cohort.list.map((r) => [null, null, r.total]),
      );
    }
    const mine = (await get(`/api/careers/cohorts/${cohort.id}`, 'staff')).json() as CohortView;
    expect(mine.list.map((r) => [r.personNo, r.total, r.rank, r.top])).toEqual([['C03', '83.00', 3, true]]);
    expect(
      ((await get('/api/careers/cohorts', 'staff')).json() as CohortSummary[]).map((c) => c.code),
    ).toEqual(['TC-1']);
    expect((await get(`/api/careers/cohorts/${cohort.id}/ranking.xlsx`, 'staff')).statusCode).toBe(403);
    const xlsx = await get(`/api/careers/cohorts/${cohort.id}/ranking.xlsx`, 'viewer');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('cohort-TC-1.xlsx');
  });
});

describe('publishing', () => {
  it('goes open → scored → published; the scored cohort refuses scores; publishing is final', async () => {
    const early = await send('POST', `/api/careers/cohorts/${cohort.id}/status`, {
      status: 'published',
      version: cohort.version,
    });
    expectApiError(early, 409, 'conflict');
    const scored = await send('POST', `/api/careers/cohorts/${cohort.id}/status`, {
      status: 'scored',
      version: cohort.version,
    });
    expect(scored.statusCode, scored.body).toBe(200);
    cohort = scored.json() as CohortView;
    const locked = await send('PUT', `/api/careers/cohorts/${cohort.id}/scores`, {
      version: cohort.version,
      rows: [{ personNo: 'C08', scores: { exam: 99 } }],
    });
    expectApiError(locked, 409, 'conflict');
    expect(
      (
        await send(
          'POST',
          `/api/careers/cohorts/${cohort.id}/status`,
          { status: 'published', version: cohort.version },
          'viewer',
        )
      ).statusCode,
    ).toBe(403);
    const published = await send('POST', `/api/careers/cohorts/${cohort.id}/status`, {
      status: 'published',
      version: cohort.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    cohort = published.json() as CohortView;
    expect(cohort.status).toBe('published');
    expect(cohort.list.filter((r) => r.coursePassed).map((r) => r.personNo)).toEqual([
      'C01',
      'C02',
      'C03',
      'C04',
      'C05',
      'C06',
      'C07',
    ]);
    expectApiError(
      await send('POST', `/api/careers/cohorts/${cohort.id}/status`, {
        status: 'open',
        version: cohort.version,
      }),
      409,
      'conflict',
    );
    const audit = await t.db.query<{ after: { status: string; course_passed: number } }>(
      "select after from audit_event where entity = 'career_cohort' and after->>'status' = 'published'",
    );
    expect(audit.rows.map((r) => r.after.course_passed)).toEqual([7]);
  });

  it('the course passed is a career_record the criteria count (C07 yes, C08 no)', async () => {
    const records = await recordsByPerson(t.db, [person.get('C07')!, person.get('C08')!], '2024-10-01');
    const criterion = { kind: 'course' as const, courses: [COURSE] };
    const c07 = evaluate(
      criterion,
      { rows: [], evidence: records.get(person.get('C07')!) ?? [] },
      '2024-10-01',
    );
    const c08 = evaluate(
      criterion,
      { rows: [], evidence: records.get(person.get('C08')!) ?? [] },
      '2024-10-01',
    );
    expect([c07.met, c07.value, c08.met]).toEqual([true, 1, false]);
    expect(records.get(person.get('C07')!)![0]).toMatchObject({
      kind: 'course',
      name: COURSE,
      date: '2024-03-29',
      score: 60,
    });
    // before the course ended it does not count
    const before = await recordsByPerson(t.db, [person.get('C07')!], '2024-03-28');
    expect(before.get(person.get('C07')!)).toBeUndefined();
  });
});
