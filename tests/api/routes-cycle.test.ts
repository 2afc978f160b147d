/**
 * The monthly reporting cycle over HTTP (docs/decisions/0006), on the demo: months opened by the centre,
 * a report's path draft → submitted → returned → submitted → approved → accepted, every refusal with its
 * HTTP code and nothing changed, an exception on a locked month, bulk approval, the changes since the last
 * accepted version, the summary's basis, and the audit trail of every change.
 *
 * The describes run in order on one demo database and build on each other (the path leaves P2-03's June
 * report accepted; the refusals and the changes use it). Agencies work in the demo's open month 2566-06
 * (DEMO_OPEN_MONTH, never locks); 2566-04 and 2566-05 are long locked; 2566-07 is not open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, bangkokDate } from '../../src/domain/monitoring';
import { DEMO_OPEN_MONTH } from '../../src/server/demo/load-demo';
import type { ProjectDetail, SummaryResponse } from '../../src/shared/api/monitoring';
import type { ReportingMonthView } from '../../src/shared/api/monitoring/months';
import type { ReportChanges, ReviewQueueItem, ReviewQueuePage } from '../../src/shared/api/monitoring/review';
import type { Bilingual } from '../../src/shared/messages';
import { countAllTables } from '../fixtures/db';
import { SEED_OVERALL, SEED_PLAN_CODE, SEED_TARGETS } from '../fixtures/seed-summary';
import {
  changeHeaders,
  createTestApp,
  defaultLevel,
  DEMO_PLAN,
  expectApiError,
  expectFieldIssue,
  pct,
  type DemoUser,
  type TestApp,
} from '../helpers/api-app';

const JUNE = '2566-06';
const JUNE_KEY = 256606;

let t: TestApp;
const cookies = {} as Record<DemoUser, string>;
const projectIds = new Map<string, number>();
const unitIds = new Map<string, number>();
/** The highest monthly_report and audit_event ids before these tests changed anything. */
let firstReportId = 0;
let firstAuditId = 0;

/** Every review these tests made succeed, to check the audit trail against at the end. */
const reviews: { id: number; from: string; to: string; action: string; comment: string | null }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'] as const) {
    cookies[user] = await t.login(user);
  }
  const { rows: projects } = await t.db.query<{ id: number; code: string }>('select id, code from project');
  for (const p of projects) projectIds.set(p.code, p.id);
  const { rows: units } = await t.db.query<{ id: number; code: string }>('select id, code from org_unit');
  for (const u of units) unitIds.set(u.code, u.id);
  firstReportId = await maxId('monthly_report');
  firstAuditId = await maxId('audit_event');
});
afterAll(async () => {
  await t?.close();
});

async function maxId(table: 'monthly_report' | 'audit_event'): Promise<number> {
  const { rows } = await t.db.query<{ id: string | number | null }>(`select max(id) as id from ${table}`);
  return Number(rows[0]!.id ?? 0);
}

const pid = (code: string) => {
  const id = projectIds.get(code);
  if (id === undefined) throw new Error(`no demo project ${code}`);
  return id;
};
const uid = (code: string) => {
  const id = unitIds.get(code);
  if (id === undefined) throw new Error(`no demo unit ${code}`);
  return id;
};

const get = (url: string, user: DemoUser) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookies[user] } });
const post = (url: string, payload: object, user: DemoUser) =>
  t.app.inject({ method: 'POST', url, headers: changeHeaders(cookies[user]), payload });

const report = (code: string, payload: object, user: DemoUser = 'focal.bhrdi') =>
  post(`/api/projects/${pid(code)}/reports`, payload, user);
const review = (id: number, body: { action: string; comment?: string | null }, user: DemoUser) =>
  post(`/api/reports/${id}/review`, body, user);

/** A review that must succeed; recorded for the audit check at the end. */
async function reviewOk(
  id: number,
  action: 'approve' | 'accept' | 'return',
  user: DemoUser,
  from: string,
  to: string,
  comment: string | null = null,
) {
  const res = await review(id, { action, ...(comment === null ? {} : { comment }) }, user);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json()).toEqual({ state: to });
  reviews.push({ id, from, to, action, comment });
}

type ReportView = ProjectDetail['reports'][number];

async function history(code: string, period = JUNE): Promise<ReportView[]> {
  const res = await get(`/api/projects/${pid(code)}`, 'admin');
  expect(res.statusCode).toBe(200);
  return (res.json() as ProjectDetail).reports.filter((r) => r.period === period);
}

/** The queue's first page (the demo's queues fit in one; paging: review-queue-paging.test.ts). */
async function queue(query: string, user: DemoUser): Promise<ReviewQueueItem[]> {
  const res = await get(`/api/reports${query}`, user);
  expect(res.statusCode, res.body).toBe(200);
  const page = res.json() as ReviewQueuePage;
  expect(page.nextCursor).toBeNull();
  return page.items;
}

/** Everything a refused request must leave as it was: row counts and every report's state and comment. */
async function snapshot() {
  const { rows } = await t.db.query(
    `select id, state, superseded_at is null as current, review_comment, approved_at, accepted_at, returned_at
       from monthly_report order by id`,
  );
  const { rows: months } = await t.db.query('select * from reporting_month order by period');
  const { rows: exceptions } = await t.db.query('select * from reporting_exception order by unit_id, period');
  return { counts: await countAllTables(t.db), reports: rows, months, exceptions };
}

/** Runs a request that must be refused with `status` and `reason`, and checks that nothing changed. */
async function refused(
  send: () => Promise<{ statusCode: number; headers: Record<string, unknown>; json(): unknown }>,
  status: 403 | 409,
  en: string,
): Promise<Bilingual> {
  const before = await snapshot();
  const res = await send();
  const error = expectApiError(res, status, status === 403 ? 'forbidden' : 'conflict');
  expect(error.message.en).toBe(en);
  expect(await snapshot()).toEqual(before);
  return error.message;
}

interface AuditRow {
  id: string | number;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
async function auditOf(entity: string, entityId: string | number): Promise<AuditRow[]> {
  const { rows } = await t.db.query<AuditRow>(
    `select id, actor_label, action, entity, entity_id, before, after from audit_event
      where entity = $1 and entity_id = $2 and id > $3 order by id`,
    [entity, String(entityId), firstAuditId],
  );
  return rows;
}

async function summary(asOf: string, basis?: 'submitted' | 'accepted') {
  const res = await get(
    `/api/plans/${DEMO_PLAN}/summary?asOf=${asOf}${basis ? `&basis=${basis}` : ''}`,
    'committee',
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SummaryResponse;
}

describe('summary basis (before any change)', () => {
  it('the demo opens 2566-06 for agencies', () => {
    expect(DEMO_OPEN_MONTH).toBe(JUNE);
  });

  it('by default every report sent up counts: as of 2566-05 the table of the minutes', async () => {
    const s = await summary('2566-05');
    expect(s.basis).toBe('submitted');
    expect(s.overall).toEqual(SEED_OVERALL);
    expect(s.targets).toEqual(SEED_TARGETS);
    expect(await summary('2566-05', 'submitted')).toEqual(s);
  });

  it('the May reports not yet accepted are those of SPE and MED (approved) and D-CHATUCHAK (submitted)', async () => {
    const { rows } = await t.db.query<{ code: string; unit: string; state: string }>(
      `select p.code, u.code as unit, m.state from monthly_report m
         join project p on p.id = m.project_id left join org_unit u on u.id = p.owner_unit_id
        where m.period = 256605 and m.superseded_at is null and m.state <> 'accepted' order by p.code`,
    );
    expect(rows).toEqual([
      { code: 'P1-05', unit: 'D-CHATUCHAK', state: 'submitted' },
      { code: 'P3-03', unit: 'MED', state: 'approved' },
      { code: 'P3-08', unit: 'SPE', state: 'approved' },
      { code: 'P3-11', unit: 'SPE', state: 'approved' },
      { code: 'P5-01', unit: 'SPE', state: 'approved' },
      { code: 'P5-03', unit: 'SPE', state: 'approved' },
    ]);
  });

  it('basis=accepted as of 2566-05 counts, per project, its latest accepted report ≤ 2566-05', async () => {
    // Expected counts from the database: every current report of the plan, then formats.md's rules.
    const { rows: projects } = await t.db.query<{ id: number; target_no: string }>(
      `select p.id, t.no as target_no from project p join plan on plan.id = p.plan_id
         join strategy s on s.id = p.strategy_id join strategic_target t on t.id = s.target_id
        where plan.code = $1 and p.fiscal_year_from <= 2566 and p.fiscal_year_to >= 2566`,
      [SEED_PLAN_CODE],
    );
    const { rows: reports } = await t.db.query<{
      project_id: number;
      period: number;
      state: string;
      status: string;
    }>(
      'select project_id, period, state, status from monthly_report where superseded_at is null and period <= 256605',
    );
    const latestAccepted = new Map<number, { period: number; status: string }>();
    for (const r of reports) {
      if (r.state !== 'accepted') continue;
      const seen = latestAccepted.get(r.project_id);
      if (!seen || r.period > seen.period)
        latestAccepted.set(r.project_id, { period: r.period, status: r.status });
    }
    const countsOf = (ids: { id: number }[]) => {
      let completed = 0;
      let inProgress = 0;
      let notStarted = 0;
      let cancelled = 0;
      let unreported = 0;
      for (const { id } of ids) {
        const status = latestAccepted.get(id)?.status;
        if (status === 'cancelled') cancelled++;
        else if (status === 'completed') completed++;
        else if (status === 'in_progress') inProgress++;
        else {
          notStarted++;
          if (status === undefined) unreported++;
        }
      }
      const total = completed + inProgress + notStarted;
      const progressPct = pct(completed + inProgress, total);
      return {
        total,
        completed,
        inProgress,
        notStarted,
        cancelled,
        unreported,
        completedPct: pct(completed, total),
        inProgressPct: pct(inProgress, total),
        notStartedPct: pct(notStarted, total),
        progressPct,
        level: total === 0 ? null : defaultLevel(progressPct),
      };
    };
    const accepted = await summary('2566-05', 'accepted');
    expect(accepted.basis).toBe('accepted');
    expect(accepted.asOf).toBe('2566-05');
    expect(accepted.overall).toEqual(countsOf(projects));
    expect(accepted.targets).toEqual(
      SEED_TARGETS.map((target) => ({
        no: target.no,
        name: target.name,
        ...countsOf(projects.filter((p) => p.target_no === target.no)),
      })),
    );
    // In the demo the five projects' April reports say what their May ones say (in progress); P5-03 (SPE,
    // target 5) has no accepted report at all: not started and unreported.
    expect(accepted.overall).toEqual({ ...SEED_OVERALL, unreported: 1 });
    expect(accepted.targets).toEqual(
      SEED_TARGETS.map((target) => (target.no === '5' ? { ...target, unreported: 1 } : target)),
    );
    const p503 = pid('P5-03');
    expect(latestAccepted.has(p503)).toBe(false);
    for (const code of ['P1-05', 'P3-03', 'P3-08', 'P3-11', 'P5-01']) {
      expect(latestAccepted.get(pid(code))).toEqual({ period: 256604, status: 'in_progress' });
    }
  });

  it('an unknown basis is refused', async () => {
    expectFieldIssue(
      await get(`/api/plans/${DEMO_PLAN}/summary?asOf=2566-05&basis=approved`, 'admin'),
      'basis',
    );
  });
});

describe('opening a month: POST /api/reporting-months', () => {
  const month = (list: ReportingMonthView[], period: string) => list.find((m) => m.period === period);

  it('a focal point or a committee member → 403, nothing written', async () => {
    for (const user of ['focal.bhrdi', 'approver.bhrdi', 'committee'] as const) {
      await refused(
        () => post('/api/reporting-months', { period: '2566-08' }, user),
        403,
        'You are not allowed to do this',
      );
    }
  });

  it('the admin → 201 with the default deadline (the 5th of the next month) and the lock days setting', async () => {
    const res = await post('/api/reporting-months', { period: '2566-08' }, 'admin');
    expect(res.statusCode, res.body).toBe(201);
    const list = res.json() as ReportingMonthView[];
    expect(month(list, '2566-08')).toEqual({
      period: '2566-08',
      deadline: '2023-09-05',
      lockAfterDays: 10,
      lockDate: '2023-09-15',
      locked: true,
      openedAt: expect.any(String),
      openedBy: 'admin',
      exceptions: [],
    });
    // Every demo month is listed too, newest first.
    expect(list.map((m) => m.period)).toEqual([
      '2566-08',
      '2566-06',
      '2566-05',
      '2566-04',
      '2566-03',
      '2566-02',
      '2566-01',
      '2565-12',
      '2565-11',
      '2565-10',
    ]);
    expect(month(list, JUNE)).toMatchObject({ deadline: '2023-07-05', lockAfterDays: null, locked: false });
    expect(await auditOf('reporting_month', 256608)).toEqual([
      expect.objectContaining({
        actor_label: 'admin',
        action: 'create',
        before: null,
        after: { period: '2566-08', deadline: '2023-09-05', lockAfterDays: 10 },
      }),
    ]);
  });

  it('opening it again → 409, nothing written', async () => {
    await refused(
      () => post('/api/reporting-months', { period: '2566-08', deadline: '2023-09-10' }, 'admin'),
      409,
      '2566-08 is open already',
    );
  });

  it('opened long after its lock date, it is locked for agencies at once', async () => {
    await refused(
      () => report('P2-07', { period: '2566-08', status: 'in_progress' }),
      409,
      'This month is closed (past its deadline); ask the central office for an exception',
    );
  });
});

/** Ids of P2-03's June versions, filled in by the path below. */
const path = { draft: 0, first: 0, corrected: 0 };

describe('the path of one report: P2-03, 2566-06', () => {
  it('focal.bhrdi saves a draft (action save): kept, not sent up', async () => {
    const res = await report('P2-03', {
      action: 'save',
      period: JUNE,
      status: 'in_progress',
      percent: 30,
      spent: '250000',
      nextSteps: 'จัดอบรมรุ่นที่ ๒',
    });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json() as ReportView;
    path.draft = draft.id;
    expect(draft).toMatchObject({
      period: JUNE,
      state: 'draft',
      submittedAt: null,
      reportedBy: 'focal.bhrdi',
    });
    expect(await history('P2-03')).toEqual([draft]);

    const drafts = await queue(`?state=draft&period=${JUNE}`, 'focal.bhrdi');
    expect(drafts.map((r) => [r.projectCode, r.state])).toEqual([['P2-03', 'draft']]);
    expect(drafts[0]).toMatchObject({
      id: path.draft,
      unit: { id: uid('BHRDI') },
      abilities: { approve: false, accept: false, return: false },
    });
    expect(await queue(`?state=submitted&period=${JUNE}`, 'approver.bhrdi')).toEqual([]);
    expect(await auditOf('monthly_report', path.draft)).toEqual([
      expect.objectContaining({
        actor_label: 'focal.bhrdi',
        action: 'submit',
        before: null,
        after: expect.objectContaining({ id: path.draft, state: 'draft', period: JUNE_KEY }),
      }),
    ]);
  });

  it('an approver cannot approve a draft (409)', async () => {
    await refused(
      () => review(path.draft, { action: 'approve' }, 'approver.bhrdi'),
      409,
      'Cannot approve: this report is still a draft',
    );
  });

  it('focal.bhrdi submits it: a new version, submitted, waiting for the approver', async () => {
    const res = await report('P2-03', {
      period: JUNE,
      status: 'in_progress',
      percent: 35,
      spent: '250000',
      nextSteps: 'จัดอบรมรุ่นที่ ๒',
    });
    expect(res.statusCode, res.body).toBe(201);
    const submitted = res.json() as ReportView;
    path.first = submitted.id;
    expect(submitted).toMatchObject({ state: 'submitted', supersededAt: null });
    expect(Number.isNaN(Date.parse(submitted.submittedAt!))).toBe(false);
    const versions = await history('P2-03');
    expect(versions.map((r) => [r.id, r.state, r.supersededAt === null])).toEqual([
      [path.first, 'submitted', true],
      [path.draft, 'draft', false],
    ]);

    // The approver's default queue is the submitted reports.
    const waiting = await queue('', 'approver.bhrdi');
    expect(waiting.filter((r) => r.period === JUNE).map((r) => [r.id, r.state])).toEqual([
      [path.first, 'submitted'],
    ]);
    expect(waiting.find((r) => r.id === path.first)!.abilities).toEqual({
      approve: true,
      accept: false,
      return: true,
    });
    expect((await queue(`?state=submitted&period=${JUNE}`, 'admin')).map((r) => r.id)).toEqual([path.first]);
    expect(await queue(`?state=draft&period=${JUNE}`, 'focal.bhrdi')).toEqual([]);
    expect(await auditOf('monthly_report', path.first)).toEqual([
      expect.objectContaining({
        action: 'submit',
        before: expect.objectContaining({ id: path.draft, state: 'draft' }),
        after: expect.objectContaining({ id: path.first, state: 'submitted' }),
      }),
    ]);
  });

  it('the approver returns it: a comment is required (400 without one, nothing changed)', async () => {
    for (const body of [
      { action: 'return' },
      { action: 'return', comment: '   ' },
      { action: 'return', comment: null },
    ]) {
      const before = await snapshot();
      expectFieldIssue(await review(path.first, body, 'approver.bhrdi'), 'comment');
      expect(await snapshot()).toEqual(before);
    }
    await reviewOk(
      path.first,
      'return',
      'approver.bhrdi',
      'submitted',
      'returned',
      'ร้อยละไม่ตรงกับผลการเบิกจ่าย กรุณาตรวจสอบ',
    );
    const [current] = await history('P2-03');
    expect(current).toMatchObject({
      id: path.first,
      state: 'returned',
      reviewComment: 'ร้อยละไม่ตรงกับผลการเบิกจ่าย กรุณาตรวจสอบ',
      supersededAt: null,
    });
    // A focal point's default queue is the reports returned to them.
    const returned = await queue('', 'focal.bhrdi');
    expect(returned.map((r) => [r.id, r.state, r.reviewComment])).toEqual([
      [path.first, 'returned', 'ร้อยละไม่ตรงกับผลการเบิกจ่าย กรุณาตรวจสอบ'],
    ]);
    expect(await queue(`?state=submitted&period=${JUNE}`, 'approver.bhrdi')).toEqual([]);
  });

  it('focal.bhrdi corrects and submits again', async () => {
    const res = await report('P2-03', {
      period: JUNE,
      status: 'in_progress',
      percent: 40,
      spent: '250000',
      nextSteps: 'จัดอบรมรุ่นที่ ๒',
    });
    expect(res.statusCode, res.body).toBe(201);
    path.corrected = (res.json() as ReportView).id;
    expect((await history('P2-03')).map((r) => [r.id, r.state, r.supersededAt === null])).toEqual([
      [path.corrected, 'submitted', true],
      [path.first, 'returned', false],
      [path.draft, 'draft', false],
    ]);
    expect((await queue(`?state=submitted&period=${JUNE}`, 'approver.bhrdi')).map((r) => r.id)).toEqual([
      path.corrected,
    ]);
    expect(await auditOf('monthly_report', path.corrected)).toEqual([
      expect.objectContaining({
        action: 'submit',
        before: expect.objectContaining({ id: path.first, state: 'returned' }),
        after: expect.objectContaining({ id: path.corrected, state: 'submitted' }),
      }),
    ]);
  });

  it('approver.bhrdi approves it: it waits for the centre', async () => {
    await reviewOk(path.corrected, 'approve', 'approver.bhrdi', 'submitted', 'approved');
    expect((await history('P2-03'))[0]).toMatchObject({ id: path.corrected, state: 'approved' });
    // The centre's default queue is the approved reports.
    const centre = await queue('', 'admin');
    const item = centre.find((r) => r.id === path.corrected)!;
    expect(item).toMatchObject({
      state: 'approved',
      abilities: { approve: false, accept: true, return: true },
    });
    expect(centre.filter((r) => r.period === JUNE).map((r) => r.id)).toEqual([path.corrected]);
    expect(await queue(`?state=submitted&period=${JUNE}`, 'approver.bhrdi')).toEqual([]);
  });

  it('the admin accepts it: locked for the agency, counted on the accepted basis', async () => {
    await reviewOk(path.corrected, 'accept', 'admin', 'approved', 'accepted');
    expect((await history('P2-03'))[0]).toMatchObject({ id: path.corrected, state: 'accepted' });
    const accepted = await queue(`?state=accepted&period=${JUNE}`, 'admin');
    expect(accepted.map((r) => [r.id, r.projectCode])).toEqual([[path.corrected, 'P2-03']]);
    expect(accepted[0]!.abilities).toEqual({ approve: false, accept: false, return: true });
    expect(await queue(`?state=approved&period=${JUNE}`, 'admin')).toEqual([]);
    const { rows } = await t.db.query(
      'select approved_by_label, accepted_by_label, returned_by_label from monthly_report where id = $1',
      [path.corrected],
    );
    expect(rows).toEqual([
      { approved_by_label: 'approver.bhrdi', accepted_by_label: 'admin', returned_by_label: null },
    ]);
    // P2-03 stays in progress (as in May): the accepted June report changes no count.
    expect((await summary(JUNE, 'accepted')).overall).toEqual({ ...SEED_OVERALL, unreported: 1 });
  });

  it('each review is in the audit trail with the state before and after', async () => {
    expect((await auditOf('monthly_report', path.first)).map((r) => [r.action, r.before, r.after])).toEqual([
      ['submit', expect.objectContaining({ id: path.draft }), expect.objectContaining({ id: path.first })],
      [
        'update',
        { state: 'submitted', review_comment: null },
        { state: 'returned', review_comment: 'ร้อยละไม่ตรงกับผลการเบิกจ่าย กรุณาตรวจสอบ', review_action: 'return' },
      ],
    ]);
    const corrected = await auditOf('monthly_report', path.corrected);
    expect(corrected.map((r) => [r.actor_label, r.action, r.before, r.after])).toEqual([
      [
        'focal.bhrdi',
        'submit',
        expect.objectContaining({ id: path.first }),
        expect.objectContaining({ id: path.corrected }),
      ],
      [
        'approver.bhrdi',
        'update',
        { state: 'submitted', review_comment: null },
        { state: 'approved', review_comment: null, review_action: 'approve' },
      ],
      [
        'admin',
        'update',
        { state: 'approved', review_comment: null },
        { state: 'accepted', review_comment: null, review_action: 'accept' },
      ],
    ]);
  });
});

describe('refusals: the HTTP code, the reason, and nothing changed', () => {
  /** A submitted BHRDI report of June to review, made here. */
  let waiting = 0;

  it('setup: focal.bhrdi submits P2-08 for June', async () => {
    const res = await report('P2-08', { period: JUNE, status: 'in_progress', percent: 5 });
    expect(res.statusCode, res.body).toBe(201);
    waiting = (res.json() as ReportView).id;
  });

  it('403 not your unit: focal.pers reporting on a BHRDI project', async () => {
    await refused(
      () => report('P2-07', { period: JUNE, status: 'in_progress' }, 'focal.pers'),
      403,
      'This project belongs to another unit',
    );
  });

  it('403 not your unit: approver.bhrdi approving a D-CHATUCHAK report', async () => {
    const { rows } = await t.db.query<{ id: number }>(
      'select id from monthly_report where project_id = $1 and period = 256605 and superseded_at is null',
      [pid('P1-05')],
    );
    await refused(
      () => review(rows[0]!.id, { action: 'approve' }, 'approver.bhrdi'),
      403,
      'This project belongs to another unit',
    );
  });

  it('403 no right: an approver or a committee member reporting, a focal point approving, an approver accepting', async () => {
    await refused(
      () => report('P2-07', { period: JUNE, status: 'in_progress' }, 'approver.bhrdi'),
      403,
      'Your role may not submit reports',
    );
    await refused(
      () => report('P2-07', { action: 'save', period: JUNE, status: 'in_progress' }, 'committee'),
      403,
      'Your role may not save reports',
    );
    await refused(
      () => review(waiting, { action: 'approve' }, 'focal.bhrdi'),
      403,
      'Your role may not approve reports',
    );
    await refused(
      () => review(waiting, { action: 'return', comment: 'แก้ไข' }, 'focal.bhrdi'),
      403,
      'Your role may not return reports',
    );
    await refused(
      () => review(waiting, { action: 'accept' }, 'approver.bhrdi'),
      403,
      'Your role may not accept reports (central office only)',
    );
  });

  it('409 month not open: focal.bhrdi on 2566-07', async () => {
    const message = await refused(
      () => report('P2-07', { period: '2566-07', status: 'in_progress' }),
      409,
      'This month is not open for reporting',
    );
    expect(message.th).toBe('เดือนนี้ยังไม่เปิดให้รายงาน');
  });

  it('409 month locked: focal.bhrdi on 2566-04 (a project with no April report)', async () => {
    const message = await refused(
      () => report('P2-07', { period: '2566-04', status: 'in_progress' }),
      409,
      'This month is closed (past its deadline); ask the central office for an exception',
    );
    expect(message.th).toBe('เดือนนี้ปิดรับรายงานแล้ว (เลยกำหนด) ติดต่อสำนักงาน ก.ก. เพื่อขอผ่อนผัน');
  });

  it('409 waiting for approval: focal.bhrdi submitting or saving again over a submitted report', async () => {
    await refused(
      () => report('P2-08', { period: JUNE, status: 'completed', percent: 100 }),
      409,
      'Cannot submit: this report is waiting for the agency approver',
    );
    await refused(
      () => report('P2-08', { action: 'save', period: JUNE, status: 'completed', percent: 100 }),
      409,
      'Cannot save: this report is waiting for the agency approver',
    );
  });

  it('409 accepted and locked: focal.bhrdi, and the admin too, over the accepted P2-03 report', async () => {
    await refused(
      () => report('P2-03', { period: JUNE, status: 'completed', percent: 100 }),
      409,
      'Cannot submit: this report has been accepted and is locked',
    );
    // The centre changes an accepted report only by returning it first (docs/decisions/0006).
    await refused(
      () => report('P2-03', { period: JUNE, status: 'completed', percent: 100 }, 'admin'),
      409,
      'Cannot submit: this report has been accepted and is locked',
    );
    await refused(
      () => review(path.corrected, { action: 'accept' }, 'admin'),
      409,
      'Cannot accept: this report has been accepted and is locked',
    );
  });

  it('409 a replaced version cannot be reviewed', async () => {
    await refused(
      () => review(path.first, { action: 'approve' }, 'approver.bhrdi'),
      409,
      'This version has been replaced by a newer one',
    );
  });

  it('404 for an unknown report, 401 without a session, 403 without the CSRF header', async () => {
    const before = await snapshot();
    expectApiError(await review(987_654, { action: 'approve' }, 'approver.bhrdi'), 404, 'not_found');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${waiting}/review`,
      headers: changeHeaders(),
      payload: { action: 'approve' },
    });
    expectApiError(anonymous, 401, 'unauthorized');
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${waiting}/review`,
      headers: { cookie: cookies['approver.bhrdi'] },
      payload: { action: 'approve' },
    });
    expectApiError(noCsrf, 403, 'forbidden');
    expect(await snapshot()).toEqual(before);
  });
});

describe('GET /api/reports/:id/changes', () => {
  let fixed = 0;

  it('after the centre returns the accepted report and the focal point corrects it: exactly the changed fields', async () => {
    await reviewOk(path.corrected, 'return', 'admin', 'accepted', 'returned', 'กรุณาระบุปัญหาอุปสรรคที่ทำให้ล่าช้า');
    const res = await report('P2-03', {
      period: JUNE,
      status: 'in_progress',
      percent: 45,
      spent: '250000',
      problems: 'ห้องอบรมไม่ว่างตามกำหนด',
      nextSteps: 'จัดอบรมรุ่นที่ ๒',
    });
    expect(res.statusCode, res.body).toBe(201);
    fixed = (res.json() as ReportView).id;
    const { rows } = await t.db.query<{ accepted_at: Date }>(
      'select accepted_at from monthly_report where id = $1',
      [path.corrected],
    );
    const changes = await get(`/api/reports/${fixed}/changes`, 'approver.bhrdi');
    expect(changes.statusCode, changes.body).toBe(200);
    // The comparison with last month's accepted report is tests/api/report-form-context.test.ts's.
    const { since, fields } = changes.json() as ReportChanges;
    expect({ since, fields }).toEqual({
      since: { id: path.corrected, acceptedAt: new Date(rows[0]!.accepted_at).toISOString() },
      fields: [
        { field: 'percent', before: '40.00', after: '45.00' },
        { field: 'problems', before: null, after: 'ห้องอบรมไม่ว่างตามกำหนด' },
      ],
    });
  });

  it('a report of a month never accepted is compared with nothing: every field it has', async () => {
    const { rows } = await t.db.query<{ id: number }>(
      'select id from monthly_report where project_id = $1 and period = $2 and superseded_at is null',
      [pid('P2-08'), JUNE_KEY],
    );
    const res = await get(`/api/reports/${rows[0]!.id}/changes`, 'focal.bhrdi');
    expect(res.statusCode, res.body).toBe(200);
    const { since, fields } = res.json() as ReportChanges;
    expect({ since, fields }).toEqual({
      since: null,
      fields: [
        { field: 'status', before: null, after: 'in_progress' },
        { field: 'percent', before: null, after: '5.00' },
      ],
    });
  });

  it("another unit's report → 403; an unknown one → 404", async () => {
    expectApiError(await get(`/api/reports/${fixed}/changes`, 'focal.pers'), 403, 'forbidden');
    expectApiError(await get('/api/reports/987654/changes', 'admin'), 404, 'not_found');
  });
});

describe('an exception on a locked month: POST /api/reporting-months/2566-04/exceptions', () => {
  const until = addDays(bangkokDate(new Date()), 30);

  it('before it, focal.bhrdi is refused on 2566-04 (409 locked); a focal point may not grant one (403)', async () => {
    await refused(
      () => report('P2-05', { period: '2566-04', status: 'not_started' }),
      409,
      'This month is closed (past its deadline); ask the central office for an exception',
    );
    await refused(
      () =>
        post(
          '/api/reporting-months/2566-04/exceptions',
          { unitId: uid('BHRDI'), until, reason: 'ขอเอง' },
          'focal.bhrdi',
        ),
      403,
      'You are not allowed to do this',
    );
  });

  it('the admin grants BHRDI until a future date: listed on the month, audited', async () => {
    const res = await post(
      '/api/reporting-months/2566-04/exceptions',
      { unitId: uid('BHRDI'), until, reason: 'ระบบขัดข้องช่วงสิ้นเดือน' },
      'admin',
    );
    expect(res.statusCode, res.body).toBe(200);
    const april = (res.json() as ReportingMonthView[]).find((m) => m.period === '2566-04')!;
    expect(april).toMatchObject({ locked: true, lockDate: '2023-05-15' });
    expect(april.exceptions).toEqual([
      {
        unitId: uid('BHRDI'),
        unitName: 'สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร',
        until,
        reason: 'ระบบขัดข้องช่วงสิ้นเดือน',
      },
    ]);
    expect(await auditOf('reporting_exception', `${uid('BHRDI')}:256604`)).toEqual([
      expect.objectContaining({
        actor_label: 'admin',
        action: 'create',
        before: null,
        after: { unitId: uid('BHRDI'), until, reason: 'ระบบขัดข้องช่วงสิ้นเดือน' },
      }),
    ]);
  });

  it('focal.bhrdi may now report on 2566-04, and approver.bhrdi approve it', async () => {
    const res = await report('P2-05', { period: '2566-04', status: 'not_started', percent: 0 });
    expect(res.statusCode, res.body).toBe(201);
    const april = res.json() as ReportView;
    expect(april).toMatchObject({ period: '2566-04', state: 'submitted' });
    await reviewOk(april.id, 'approve', 'approver.bhrdi', 'submitted', 'approved');
  });

  it('another unit is still locked out: focal.pers on a PERS project (409)', async () => {
    await refused(
      () => report('P2-11', { period: '2566-04', status: 'not_started' }, 'focal.pers'),
      409,
      'This month is closed (past its deadline); ask the central office for an exception',
    );
  });

  it('the exception does not open other months', async () => {
    await refused(
      () => report('P2-07', { period: '2566-03', status: 'not_started' }),
      409,
      'This month is closed (past its deadline); ask the central office for an exception',
    );
  });
});

describe('bulk review: POST /api/reports/review', () => {
  const june = async (code: string) => {
    const { rows } = await t.db.query<{ id: number; state: string }>(
      'select id, state from monthly_report where project_id = $1 and period = $2 and superseded_at is null',
      [pid(code), JUNE_KEY],
    );
    return rows[0]!;
  };

  it('approves those that can move and says why for the others, each on its own', async () => {
    for (const code of ['P4-01', 'P4-02']) {
      const res = await report(code, { period: JUNE, status: 'in_progress', percent: 70 });
      expect(res.statusCode, res.body).toBe(201);
    }
    const draft = await report('P4-03', { action: 'save', period: JUNE, status: 'completed', percent: 100 });
    expect(draft.statusCode, draft.body).toBe(201);
    const [p401, p402, p403] = [await june('P4-01'), await june('P4-02'), await june('P4-03')];
    const { rows: chatuchak } = await t.db.query<{ id: number }>(
      'select id from monthly_report where project_id = $1 and period = 256605 and superseded_at is null',
      [pid('P1-05')],
    );
    const other = chatuchak[0]!.id;

    const res = await post(
      '/api/reports/review',
      { action: 'approve', ids: [p401.id, p402.id, p403.id, other, 987_654, p401.id] },
      'approver.bhrdi',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual([
      { id: p401.id, ok: true },
      { id: p402.id, ok: true },
      {
        id: p403.id,
        ok: false,
        reason: {
          th: 'อนุมัติรายงานไม่ได้ เพราะรายงานนี้ยังเป็นร่าง',
          en: 'Cannot approve: this report is still a draft',
        },
      },
      {
        id: other,
        ok: false,
        reason: { th: 'โครงการนี้เป็นของหน่วยงานอื่น', en: 'This project belongs to another unit' },
      },
      { id: 987_654, ok: false, reason: { th: 'ไม่พบรายงานนี้', en: 'This report not found' } },
    ]);
    reviews.push(
      { id: p401.id, from: 'submitted', to: 'approved', action: 'approve', comment: null },
      { id: p402.id, from: 'submitted', to: 'approved', action: 'approve', comment: null },
    );
    expect([await june('P4-01'), await june('P4-02'), await june('P4-03')].map((r) => r.state)).toEqual([
      'approved',
      'approved',
      'draft',
    ]);
    const { rows } = await t.db.query<{ state: string }>('select state from monthly_report where id = $1', [
      other,
    ]);
    expect(rows[0]!.state).toBe('submitted');
    for (const id of [p401.id, p402.id]) {
      expect((await auditOf('monthly_report', id)).filter((r) => r.action === 'update')).toEqual([
        expect.objectContaining({
          actor_label: 'approver.bhrdi',
          before: { state: 'submitted', review_comment: null },
          after: { state: 'approved', review_comment: null, review_action: 'approve' },
        }),
      ]);
    }
    expect(await auditOf('monthly_report', p403.id)).toEqual([expect.objectContaining({ action: 'submit' })]);
  });

  it('the centre accepts in bulk: approved ones move, a submitted one waits for its approver', async () => {
    const [p401, p402] = [await june('P4-01'), await june('P4-02')];
    const { rows: chatuchak } = await t.db.query<{ id: number }>(
      'select id from monthly_report where project_id = $1 and period = 256605 and superseded_at is null',
      [pid('P1-05')],
    );
    const res = await post(
      '/api/reports/review',
      { action: 'accept', ids: [p401.id, chatuchak[0]!.id, p402.id] },
      'admin',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual([
      { id: p401.id, ok: true },
      {
        id: chatuchak[0]!.id,
        ok: false,
        reason: {
          // only the end of the Thai sentence is pinned (see tests/unit/report-workflow.test.ts)
          th: expect.stringMatching(/ไม่ได้ เพราะรายงานนี้รอหัวหน้าหน่วยงานอนุมัติ$/),
          en: 'Cannot accept: this report is waiting for the agency approver',
        },
      },
      { id: p402.id, ok: true },
    ]);
    reviews.push(
      { id: p401.id, from: 'approved', to: 'accepted', action: 'accept', comment: null },
      { id: p402.id, from: 'approved', to: 'accepted', action: 'accept', comment: null },
    );
    expect([(await june('P4-01')).state, (await june('P4-02')).state]).toEqual(['accepted', 'accepted']);
  });

  it('a focal point bulk-approving gets every id refused, nothing changed; an empty list → 400', async () => {
    const p403 = await june('P4-03');
    const before = await snapshot();
    const res = await post('/api/reports/review', { action: 'approve', ids: [p403.id] }, 'focal.bhrdi');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual([
      {
        id: p403.id,
        ok: false,
        reason: { th: 'ท่านไม่มีสิทธิ์อนุมัติรายงาน', en: 'Your role may not approve reports' },
      },
    ]);
    expectFieldIssue(
      await post('/api/reports/review', { action: 'approve', ids: [] }, 'approver.bhrdi'),
      'ids',
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('the audit trail holds every change these tests made', () => {
  it('one submit row per report version written, with the replaced version before and the new one after', async () => {
    const { rows: written } = await t.db.query<{ id: number }>(
      'select id from monthly_report where id > $1 order by id',
      [firstReportId],
    );
    // P2-03 ×4 (draft, submitted, corrected, fixed), P2-08, P2-05 (April), P4-01, P4-02, P4-03
    expect(written.length).toBe(9);
    for (const { id } of written) {
      const { rows: replaced } = await t.db.query<{ id: number }>(
        'select id from monthly_report where superseded_by = $1',
        [id],
      );
      const submits = (await auditOf('monthly_report', id)).filter((r) => r.action === 'submit');
      expect(submits, `report ${id}`).toHaveLength(1);
      expect(submits[0]!.after).toMatchObject({ id });
      if (replaced[0]) expect(submits[0]!.before).toMatchObject({ id: replaced[0].id });
      else expect(submits[0]!.before).toBeNull();
    }
  });

  it('one update row per review, exactly those that succeeded, with the state before and after', async () => {
    const { rows } = await t.db.query<AuditRow>(
      `select id, actor_label, action, entity, entity_id, before, after from audit_event
        where id > $1 and entity = 'monthly_report' and action = 'update' order by id`,
      [firstAuditId],
    );
    expect(
      rows.map((r) => ({
        id: Number(r.entity_id),
        from: r.before?.state,
        to: r.after?.state,
        action: r.after?.review_action,
        comment: r.after?.review_comment ?? null,
      })),
    ).toEqual(reviews);
  });

  it('nothing else was written but the month, the exception, the report file rows and the problems register', async () => {
    const { rows } = await t.db.query<{ entity: string; action: string; n: number }>(
      `select entity, action, count(*)::int as n from audit_event where id > $1
        group by entity, action order by entity, action`,
      [firstAuditId],
    );
    const byKey = Object.fromEntries(rows.map((r) => [`${r.entity} ${r.action}`, r.n]));
    expect(byKey).toMatchObject({
      'monthly_report submit': 9,
      'monthly_report update': reviews.length,
      'reporting_exception create': 1,
      'reporting_month create': 1,
    });
    // The problems text of a report opens an entry of the problems register, audited by its own feature.
    expect(Object.keys(byKey).filter((k) => !k.startsWith('problem '))).toEqual([
      'monthly_report submit',
      'monthly_report update',
      'reporting_exception create',
      'reporting_month create',
    ]);
  });
});
