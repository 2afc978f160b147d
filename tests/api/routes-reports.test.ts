/** A focal point's monthly report over HTTP: the summary moves, history keeps the replaced version, the audit trail records it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectStatus } from '../../src/domain/monitoring';
import { checkStatusPercent } from '../../src/domain/monitoring/status-percent';
import type { ProjectDetail, ProjectListItem, SummaryResponse } from '../../src/shared/api/monitoring';
import {
  changeHeaders,
  createTestApp,
  defaultLevel,
  DEMO_PLAN,
  expectApiError,
  expectFieldIssue,
  pct,
  type TestApp,
} from '../helpers/api-app';
import { SEED_OVERALL, SEED_TARGETS } from '../fixtures/seed-summary';

/** The demo's open month (DEMO_OPEN_MONTH): the months up to 2566-05 are locked for agencies. */
const OPEN_MONTH = '2566-06';

let t: TestApp;
let focal = '';
let admin = '';
let bhrdiProjects: ProjectListItem[] = [];

beforeAll(async () => {
  t = await createTestApp();
  focal = await t.login('focal.bhrdi');
  admin = await t.login('admin');
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/projects?asOf=2566-05',
    headers: { cookie: focal },
  });
  bhrdiProjects = res.json() as ProjectListItem[];
});
afterAll(async () => {
  await t?.close();
});

const summary = async (asOf = '2566-05') => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/plans/${DEMO_PLAN}/summary?asOf=${asOf}`,
    headers: { cookie: focal },
  });
  expect(res.statusCode).toBe(200);
  return res.json() as SummaryResponse;
};
const report = (projectId: number | string, payload: unknown, cookie = focal) =>
  t.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/reports`,
    headers: changeHeaders(cookie),
    payload: payload as object,
  });
/** A BHRDI project other than the one the submission test changes. */
const anyBhrdiProject = () => bhrdiProjects.find((p) => p.code !== notStartedCode())!;
const notStartedCode = () =>
  bhrdiProjects
    .filter((p) => p.latestReport?.status === 'not_started' || p.latestReport === null)
    .map((p) => p.code)[0]!;

type Counts = SummaryResponse['overall'];

/** The counts after moving one project from not started to in progress, with percentages recomputed from them. */
function expectedAfter(before: Counts): Counts {
  const completed = before.completed;
  const inProgress = before.inProgress + 1;
  const notStarted = before.notStarted - 1;
  const total = before.total;
  const progressPct = pct(completed + inProgress, total);
  return {
    ...before,
    total,
    completed,
    inProgress,
    notStarted,
    completedPct: pct(completed, total),
    inProgressPct: pct(inProgress, total),
    notStartedPct: pct(notStarted, total),
    progressPct,
    level: defaultLevel(progressPct),
  };
}

describe('POST /api/projects/:id/reports — a status change in the open month 2566-06', () => {
  it('a draft counts for nothing; submitted, it moves the project from not started to in progress in its target and overall, replaces the draft and audits it', async () => {
    const code = notStartedCode();
    const project = bhrdiProjects.find((p) => p.code === code)!;
    expect(project.ownerUnit?.code).toBe('BHRDI');
    expect(project.latestReport).toEqual({ period: '2566-05', status: 'not_started', percent: '0.00' });

    // As of 2566-06, before any June report, the summary is the May table of the minutes.
    const before = await summary(OPEN_MONTH);
    expect(before.overall).toEqual(SEED_OVERALL);
    expect(before.targets).toEqual(SEED_TARGETS);
    const targetBefore = before.targets.find((x) => x.no === project.targetNo)!;
    const otherTargetsBefore = before.targets.filter((x) => x.no !== project.targetNo);

    // A draft (action save) is kept but not counted.
    const draft = await report(project.id, {
      action: 'save',
      period: OPEN_MONTH,
      status: 'in_progress',
      percent: 5,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const draftId = (draft.json() as ProjectDetail['reports'][number]).id;
    expect(draft.json()).toMatchObject({ period: OPEN_MONTH, state: 'draft', submittedAt: null });
    expect(await summary(OPEN_MONTH)).toEqual(before);

    const res = await report(project.id, {
      period: OPEN_MONTH,
      status: 'in_progress',
      percent: 12.5,
      spent: '15000.50',
      problems: 'เริ่มดำเนินการล่าช้า',
      nextSteps: 'จัดประชุมคณะทำงาน',
    });
    expect(res.statusCode, res.body).toBe(201);
    const written = res.json() as ProjectDetail['reports'][number];
    expect(written).toMatchObject({
      period: OPEN_MONTH,
      status: 'in_progress',
      problems: 'เริ่มดำเนินการล่าช้า',
      nextSteps: 'จัดประชุมคณะทำงาน',
      source: 'web',
      state: 'submitted',
      reportedBy: 'focal.bhrdi',
      supersededAt: null,
    });
    expect(Number(written.percent)).toBe(12.5);
    expect(Number(written.spent)).toBe(15000.5);
    expect(Number.isNaN(Date.parse(written.reportedAt))).toBe(false);
    expect(Number.isNaN(Date.parse(written.submittedAt!))).toBe(false);

    // The summary as of 2566-06: the seed table with exactly one more in progress, one fewer not started.
    const after = await summary(OPEN_MONTH);
    expect(after.overall).toEqual(expectedAfter(SEED_OVERALL));
    expect(after.targets.find((x) => x.no === project.targetNo)).toEqual({
      ...expectedAfter(targetBefore),
      no: targetBefore.no,
      name: targetBefore.name,
    });
    expect(after.targets.filter((x) => x.no !== project.targetNo)).toEqual(otherTargetsBefore);
    // As of 2566-05 nothing moved.
    const may = await summary('2566-05');
    expect(may.overall).toEqual(SEED_OVERALL);
    expect(may.targets).toEqual(SEED_TARGETS);

    // The history: the new report current, the replaced draft kept with supersededAt, May untouched.
    const detailRes = await t.app.inject({
      method: 'GET',
      url: `/api/projects/${project.id}`,
      headers: { cookie: focal },
    });
    expect(detailRes.statusCode).toBe(200);
    const detail = detailRes.json() as ProjectDetail;
    const june = detail.reports.filter((r) => r.period === OPEN_MONTH);
    expect(june).toHaveLength(2);
    expect(june[0]).toEqual(written);
    expect(june[1]).toMatchObject({
      id: draftId,
      status: 'in_progress',
      state: 'draft',
      source: 'web',
      reportedBy: 'focal.bhrdi',
    });
    expect(june[1]!.supersededAt).not.toBeNull();
    expect(Date.parse(june[1]!.supersededAt!)).toBeGreaterThan(0);
    expect(detail.reports.filter((r) => r.period === '2566-05')).toEqual([
      expect.objectContaining({
        status: 'not_started',
        source: 'demo',
        state: 'accepted',
        supersededAt: null,
      }),
    ]);
    expect(detail.latestReport).toEqual({
      period: OPEN_MONTH,
      status: 'in_progress',
      percent: written.percent,
    });
    expect(detail.reports.filter((r) => r.supersededAt === null).map((r) => r.period)).toEqual([
      ...new Set(detail.reports.map((r) => r.period)),
    ]);
    const { rows: links } = await t.db.query('select superseded_by from monthly_report where id = $1', [
      draftId,
    ]);
    expect(links[0]).toEqual({ superseded_by: written.id });

    // The audit trail: one submit row with the replaced draft before and the new report after.
    const { rows: audit } = await t.db.query<{
      actor_label: string;
      actor_user_id: number | null;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }>(
      `select actor_label, actor_user_id, before, after from audit_event
        where action = 'submit' and entity = 'monthly_report' and entity_id = $1`,
      [String(written.id)],
    );
    expect(audit).toHaveLength(1);
    const row = audit[0]!;
    expect(row.actor_label).toBe('focal.bhrdi');
    expect(row.actor_user_id).toEqual(expect.any(Number));
    expect(row.before).toMatchObject({
      id: draftId,
      project_id: project.id,
      period: 256606,
      status: 'in_progress',
      state: 'draft',
    });
    expect(row.after).toMatchObject({
      id: written.id,
      project_id: project.id,
      period: 256606,
      status: 'in_progress',
      state: 'submitted',
    });
  });

  it('a first report for a month with none before is audited with before null', async () => {
    const project = anyBhrdiProject();
    const res = await report(project.id, { period: '2566-06', status: 'in_progress', percent: 70 });
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as { id: number }).id;
    const { rows } = await t.db.query<{ before: unknown; after: { status: string } }>(
      "select before, after from audit_event where action = 'submit' and entity_id = $1",
      [String(id)],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toBeNull();
    expect(rows[0]!.after.status).toBe('in_progress');
  });

  it('the admin may report on any project, even in a month not open to agencies; the entry is accepted', async () => {
    const project = anyBhrdiProject();
    // 2566-07 is not open: the unit's own focal point is refused, the centre is not bound by the window.
    expectApiError(await report(project.id, { period: '2566-07', status: 'in_progress' }), 409, 'conflict');
    const res = await report(project.id, { period: '2566-07', status: 'in_progress' }, admin);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ reportedBy: 'admin', percent: null, state: 'accepted' });
  });
});

describe('POST /api/projects/:id/reports — refused input', () => {
  const countReports = async () =>
    (await t.db.query<{ n: number }>('select count(*)::int as n from monthly_report')).rows[0]!.n;

  it.each([
    ['percent 101', { period: '2566-05', status: 'in_progress', percent: 101 }, 'percent'],
    ['percent -1', { period: '2566-05', status: 'in_progress', percent: -1 }, 'percent'],
    ['percent not a number', { period: '2566-05', status: 'in_progress', percent: 'ครึ่งหนึ่ง' }, 'percent'],
    // JSON numbers only: nothing is coerced (these were stored as 0, 1, 50 and 50).
    ['percent "" (empty text)', { period: '2566-05', status: 'in_progress', percent: '' }, 'percent'],
    ['percent true', { period: '2566-05', status: 'in_progress', percent: true }, 'percent'],
    ['percent "0x32"', { period: '2566-05', status: 'in_progress', percent: '0x32' }, 'percent'],
    ['percent [50]', { period: '2566-05', status: 'in_progress', percent: [50] }, 'percent'],
    ['percent "50" (a string)', { period: '2566-05', status: 'in_progress', percent: '50' }, 'percent'],
    // The report file's decimals (2): 99.999 is refused, not rounded to 100.
    ['percent 99.999', { period: '2566-05', status: 'in_progress', percent: 99.999 }, 'percent'],
    ['percent 1e-7', { period: '2566-05', status: 'in_progress', percent: 1e-7 }, 'percent'],
    // Status and percent contradicting each other (decision 0009).
    ['not started at 80 %', { period: '2566-05', status: 'not_started', percent: 80 }, 'percent'],
    ['completed at 60 %', { period: '2566-05', status: 'completed', percent: 60 }, 'percent'],
    ['period 2566-13', { period: '2566-13', status: 'in_progress' }, 'period'],
    ['period 2566-5', { period: '2566-5', status: 'in_progress' }, 'period'],
    ['period missing', { status: 'in_progress' }, 'period'],
    ['a period far in the future (2580-01)', { period: '2580-01', status: 'in_progress' }, 'period'],
    ['a period before the plan (2560-05)', { period: '2560-05', status: 'in_progress' }, 'period'],
    ['status unknown', { period: '2566-05', status: 'finished' }, 'status'],
    ['spent negative', { period: '2566-05', status: 'in_progress', spent: '-5' }, 'spent'],
    ['kpiActual not a number', { period: '2566-05', status: 'in_progress', kpiActual: 'สิบ' }, 'kpiActual'],
    [
      'problems too long',
      { period: '2566-05', status: 'in_progress', problems: 'ก'.repeat(4001) },
      'problems',
    ],
  ])('%s → 400 naming the field, nothing written', async (_name, payload, field) => {
    const before = await countReports();
    expectFieldIssue(await report(anyBhrdiProject().id, payload), field);
    expect(await countReports()).toBe(before);
  });

  it('a contradiction is refused with a message naming both, in Thai and English; 99.999 names the decimals', async () => {
    const [notStarted] = expectFieldIssue(
      await report(anyBhrdiProject().id, { period: OPEN_MONTH, status: 'not_started', percent: 80 }),
      'percent',
    );
    expect(notStarted).toMatchObject({
      en: 'a project not started cannot be at 80 %: give 0 or no percent, or choose "in progress"',
      th: 'โครงการที่ยังไม่ได้ดำเนินการจะมีความก้าวหน้าร้อยละ 80 ไม่ได้: ใส่ 0 หรือเว้นว่าง หรือเลือก "อยู่ระหว่างดำเนินการ"',
    });
    const [completed] = expectFieldIssue(
      await report(anyBhrdiProject().id, { period: OPEN_MONTH, status: 'completed', percent: 99.5 }),
      'percent',
    );
    expect(completed!.en).toBe(
      'a completed project is at 100 %, not 99.5 %: give 100 or no percent, or choose "in progress"',
    );
    const [decimals] = expectFieldIssue(
      await report(anyBhrdiProject().id, { period: OPEN_MONTH, status: 'completed', percent: 99.999 }),
      'percent',
    );
    expect(decimals).toMatchObject({ en: 'percent: at most 2 decimals', th: 'ร้อยละมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง' });
  });

  it('the combinations only warned about are saved: in progress at 0 % and at 100 %, completed or not started without a percent, cancelled at 40 %', async () => {
    // A project no other test reports on; saved as a draft each time (a new version of the draft).
    const project = bhrdiProjects.filter((p) => p.code !== notStartedCode() && p !== anyBhrdiProject())[1]!;
    const cases = [
      { status: 'in_progress', percent: 0 },
      { status: 'in_progress', percent: 100 },
      { status: 'completed', percent: null },
      { status: 'not_started', percent: 0 },
      { status: 'cancelled', percent: 40 },
      { status: 'completed', percent: 100 },
    ];
    for (const c of cases) {
      const res = await report(project.id, { action: 'save', period: OPEN_MONTH, ...c });
      expect(res.statusCode, `${JSON.stringify(c)}: ${res.body}`).toBe(201);
      expect(res.json()).toMatchObject({
        status: c.status,
        percent: c.percent === null ? null : `${c.percent}.00`,
      });
    }
  });

  it('the demo data holds no refused combination of status and percent, in any version', async () => {
    const { rows } = await t.db.query<{ status: ProjectStatus; percent: string | null }>(
      'select status, percent from monthly_report',
    );
    expect(rows.length).toBeGreaterThan(200);
    const refused = rows.filter(
      (r) => checkStatusPercent(r.status, r.percent === null ? null : Number(r.percent))?.level === 'refused',
    );
    expect(refused).toEqual([]);
  });

  it('next month (inside the plan, not yet happened) → 400 on period', async () => {
    const now = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Bangkok',
      year: 'numeric',
      month: '2-digit',
    }).formatToParts(new Date());
    const year = Number(now.find((p) => p.type === 'year')!.value) + 543;
    const month = Number(now.find((p) => p.type === 'month')!.value);
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    const before = await countReports();
    const issues = expectFieldIssue(
      await report(anyBhrdiProject().id, { period: next, status: 'in_progress' }),
      'period',
    );
    expect(issues[0]!.en).toMatch(/not happened yet|outside the plan/);
    expect(await countReports()).toBe(before);
  });

  it('an unknown project id → 404 bilingual', async () => {
    const res = await report(987_654, { period: '2566-05', status: 'in_progress' });
    const error = expectApiError(res, 404, 'not_found');
    expect(error.message).toEqual({ th: 'ไม่พบโครงการนี้', en: 'This project not found' });
  });

  it('a non-numeric project id → 400 on id', async () => {
    expectFieldIssue(await report('P2-03', { period: '2566-05', status: 'in_progress' }), 'id');
  });

  it('malformed JSON → 400 (not 500) in the error shape', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${anyBhrdiProject().id}/reports`,
      headers: { ...changeHeaders(focal), 'content-type': 'application/json' },
      payload: '{"period": "2566-05", "status": ',
    });
    expectApiError(res, 400, 'invalid_input');
  });

  it('a JSON array instead of an object → 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${anyBhrdiProject().id}/reports`,
      headers: { ...changeHeaders(focal), 'content-type': 'application/json' },
      payload: '[1, 2, 3]',
    });
    expectApiError(res, 400, 'invalid_input');
  });

  it('an empty body → 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${anyBhrdiProject().id}/reports`,
      headers: { ...changeHeaders(focal), 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expectApiError(res, 400, 'invalid_input');
  });

  it('a form-encoded body → 415 or 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${anyBhrdiProject().id}/reports`,
      headers: { ...changeHeaders(focal), 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'period=2566-05&status=in_progress',
    });
    expect([400, 415]).toContain(res.statusCode);
    expect((res.json() as { error: { code: string } }).error.code).toBe('invalid_input');
  });
});
