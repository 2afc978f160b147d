/**
 * The authorization matrix's rows of this module (tests/api/authz/matrix.ts says how a row reads):
 * Plans, projects and monthly reports, follow-up, timeliness, imports, reporting months, key results, snapshots, papers and exports.
 */
import { expect } from 'vitest';
import { DEMO_PLAN, CSRF } from '../../helpers/api-app';
import { type PlanTree } from '../../../src/shared/api/monitoring';
import {
  signedIn,
  adminOnly,
  projectReaders,
  t,
  cookies,
  ids,
  next,
  project,
  unit,
  one,
  asAdmin,
  csv,
  type Rows,
} from './matrix';

async function newKeyResult(): Promise<{ id: number; version: number }> {
  const res = await asAdmin('POST', `/api/plans/${DEMO_PLAN}/key-results`, {
    targetNo: '2',
    fiscalYear: 2566,
    no: `M${next()}`,
    indicator: 'ตัวชี้วัดทดสอบสิทธิ์',
    direction: 'higher_is_better',
    baseline: '0',
    target: '10',
  });
  return res.json() as { id: number; version: number };
}

async function newActual(): Promise<{ id: number; version: number }> {
  const kr = await newKeyResult();
  const res = await asAdmin('POST', `/api/key-results/${kr.id}/actuals`, {
    granularity: 'month',
    period: '2566-05',
    value: '5',
  });
  const actual = (res.json() as { actuals: { id: number; version: number }[] }).actuals[0]!;
  return actual;
}
/** Agencies report only in the open month 2566-06 (never locks in the demo). */
const OPEN_MONTH = '2566-06';
/** BHRDI projects each fixture may use, apart so that one fixture's reports never block another's. */
const REPORT_POOL = ['P4-01', 'P4-02', 'P4-03', 'P4-09', 'P2-02'];
const REVIEW_POOL = ['P2-03', 'P2-07', 'P2-08', 'P2-10', 'P2-12', 'P3-04', 'P5-02', 'P2-05'];
const IMPORT_PROJECT = 'P3-13';

/** A PDF as an upload form (monitoring evidence). */
function evidence(): FormData {
  const form = new FormData();
  form.append('file', new Blob(['%PDF-1.4\n%%EOF\n']), 'หลักฐาน.pdf');
  return form;
}

/** A BHRDI problem that is not closed (its files may change). */
async function openProblem(): Promise<number> {
  const r = await one<{ id: number }>(
    `select pr.id from problem pr join project p on p.id = pr.project_id join org_unit u on u.id = p.owner_unit_id
      where u.code = 'BHRDI' and pr.status <> 'closed' order by pr.id limit 1`,
  );
  return r.id;
}

/** A fresh file on that problem, inserted directly (each role removes its own). */
async function problemEvidence(): Promise<number> {
  const problem = await openProblem();
  const r = await one<{ id: number }>(
    `insert into monitoring_attachment (project_id, problem_id, file_name, media_type, size_bytes, sha256, content,
                                        uploaded_by_label)
     select project_id, id, 'หลักฐาน.pdf', 'application/pdf', 5, repeat('a', 64), '\\x255044462d'::bytea, 'test'
       from problem where id = $1 returning id`,
    [problem],
  );
  return r.id;
}

/** A project of the pool whose open-month report may be (re)submitted by its focal point. */
async function reportable(pool: string[]): Promise<number> {
  for (const code of pool) {
    const { rows } = await t.db.query<{ state: string }>(
      `select state from monthly_report where project_id = $1 and period = 256606 and superseded_at is null`,
      [project(code)],
    );
    if (!rows[0] || ['draft', 'returned'].includes(rows[0].state)) return project(code);
  }
  throw new Error(`no reportable project left in ${pool.join(', ')}`);
}

/** A BHRDI report of the open month waiting for its approver (submitted by focal.bhrdi if need be). */
async function submittedReport(): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>(
    `select m.id from monthly_report m
      where m.project_id = any($1::int[]) and m.period = 256606 and m.superseded_at is null and m.state = 'submitted'
      order by m.id limit 1`,
    [REVIEW_POOL.map(project)],
  );
  if (rows[0]) return rows[0].id;
  const id = await reportable(REVIEW_POOL);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/projects/${id}/reports`,
    headers: { ...CSRF, cookie: cookies.focalOwn },
    payload: { period: OPEN_MONTH, status: 'in_progress', percent: 30 },
  });
  if (res.statusCode !== 201) throw new Error(`fixture submit: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: number }).id;
}

async function bhrdiProblem(): Promise<{ id: number; version: number }> {
  const find = () =>
    t.db.query<{ id: number; version: number }>(
      `select pr.id, pr.version from problem pr join project p on p.id = pr.project_id
        join org_unit u on u.id = p.owner_unit_id where u.code = 'BHRDI' order by pr.id limit 1`,
    );
  let { rows } = await find();
  if (!rows[0]) {
    const id = await reportable(REVIEW_POOL);
    await t.app.inject({
      method: 'POST',
      url: `/api/projects/${id}/reports`,
      headers: { ...CSRF, cookie: cookies.focalOwn },
      payload: {
        action: 'save',
        period: OPEN_MONTH,
        status: 'in_progress',
        percent: 10,
        problems: 'ห้องอบรมไม่พอ',
      },
    });
    ({ rows } = await find());
  }
  return rows[0]!;
}
const PLAN_CSV = [
  'plan_code,plan_name,plan_start_year,plan_end_year,target_no,target_name,strategy_no,strategy_name,project_code,project_name,fiscal_years',
  'HR-MATRIX-2567,แผนทดสอบสิทธิ์,2567,2568,1,เป้าประสงค์ทดสอบ,1.1,กลยุทธ์ทดสอบ,MX-01,โครงการทดสอบ,2567',
].join('\n');

/** The plan tree's second target and its first strategy, a key result with an actual, two snapshots. */
export async function setUp() {
  const tree = (
    await t.app.inject({
      method: 'GET',
      url: `/api/plans/${DEMO_PLAN}/tree`,
      headers: { cookie: cookies.admin },
    })
  ).json() as PlanTree;
  ids.target = tree.targets[1]!.id;
  ids.strategy = tree.targets[1]!.strategies[0]!.id;
  ids.keyResult = (await newKeyResult()).id;
  ids.actual = (await newActual()).id;
  for (const period of ['2566-04', '2566-05']) {
    const snapshot = await asAdmin('POST', `/api/plans/${DEMO_PLAN}/snapshots`, { period });
    ids.snapshot = (snapshot.json() as { id: number }).id;
  }
}
export const ROWS: Rows = {
  // ---- plans ----
  'GET /api/plans': { prepare: () => ({ url: '/api/plans' }), expect: signedIn(200) },
  'PUT /api/plans/choice': {
    prepare: () => ({ url: '/api/plans/choice', payload: { code: DEMO_PLAN } }),
    expect: signedIn(204),
  },
  // Already current: a no-op for the admin; the changes themselves: tests/api/plan-state.test.ts.
  'PUT /api/plans/:code/state': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/state`, payload: { state: 'current' } }),
    expect: adminOnly(204),
  },
  'DELETE /api/plans/:code': {
    prepare: () => ({ url: '/api/plans/NO-SUCH-PLAN' }),
    expect: adminOnly(404),
    changer: 'admin',
  },
  'PATCH /api/plans/:code': {
    prepare: async () => {
      const plan = await one<{ version: number; name: string }>(
        'select version, name from plan where code = $1',
        [DEMO_PLAN],
      );
      return { url: `/api/plans/${DEMO_PLAN}`, payload: { version: plan.version, name: plan.name } };
    },
    expect: adminOnly(200),
  },
  'GET /api/plans/:code/tree': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/tree` }),
    expect: signedIn(200),
  },
  'GET /api/plans/:code/summary': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/summary?asOf=2566-05` }),
    expect: signedIn(200),
  },
  'GET /api/plans/:code/attention': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/attention?asOf=2566-05` }),
    expect: signedIn(200),
    note: 'each role sees the projects it may read',
  },
  'GET /api/plans/:code/overview': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/overview?asOf=2566-05` }),
    expect: signedIn(200),
    note: 'progress is aggregate; the budget part holds the projects each role may read',
  },
  'GET /api/plans/:code/rounds': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/rounds?fiscalYear=2566` }),
    expect: signedIn(200),
    note: 'progress and key results are aggregate; money holds the projects each role may read',
  },
  'GET /api/plans/:code/action-plan': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/action-plan?fiscalYear=2566` }),
    expect: signedIn(200),
  },
  'GET /api/plans/:code/key-results': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/key-results?fiscalYear=2566` }),
    expect: signedIn(200),
  },
  'POST /api/plans/:code/key-results': {
    prepare: () => ({
      url: `/api/plans/${DEMO_PLAN}/key-results`,
      payload: {
        targetNo: '3',
        fiscalYear: 2566,
        no: `K${next()}`,
        indicator: 'ตัวชี้วัดใหม่',
        direction: 'lower_is_better',
        baseline: '10',
        target: '5',
      },
    }),
    expect: adminOnly(201),
  },
  'GET /api/plans/:code/targets/:no/outcome': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/targets/2/outcome?asOf=2566-05` }),
    expect: signedIn(200),
  },
  'PATCH /api/targets/:id': {
    prepare: () => ({ url: `/api/targets/${ids.target}`, payload: { valueDelivered: `คุณค่า ${next()}` } }),
    expect: adminOnly(204),
  },
  'PATCH /api/strategies/:id': {
    prepare: () => ({ url: `/api/strategies/${ids.strategy}`, payload: { kpi: `ตัวชี้วัด ${next()}` } }),
    expect: adminOnly(204),
  },

  // ---- projects and reports ----
  'GET /api/projects': { prepare: () => ({ url: '/api/projects' }), expect: signedIn(200) },
  'GET /api/projects/:id': {
    prepare: () => ({ url: `/api/projects/${project('P2-03')}` }),
    expect: projectReaders(200),
  },
  'PATCH /api/projects/:id': {
    prepare: async () => {
      const p = await one<{ version: number }>('select version from project where id = $1', [
        project('P2-03'),
      ]);
      return {
        url: `/api/projects/${project('P2-03')}`,
        payload: { version: p.version, kpiUnit: `คน ${next()}` },
      };
    },
    expect: adminOnly(200),
  },
  'POST /api/projects/:id/reports': {
    prepare: async () => ({
      url: `/api/projects/${await reportable(REPORT_POOL)}/reports`,
      payload: { period: OPEN_MONTH, status: 'in_progress', percent: 50, problems: 'วิทยากรไม่พอ' },
    }),
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 403, focalOwn: 201, admin: 201 },
  },
  'PATCH /api/projects/:id/action-plan/:fiscalYear': {
    prepare: async () => {
      const { rows } = await t.db.query<{ version: number }>(
        'select version from project_year_plan where project_id = $1 and fiscal_year = 2566',
        [project('P2-03')],
      );
      return {
        url: `/api/projects/${project('P2-03')}/action-plan/2566`,
        payload: { version: rows[0]?.version ?? null, priority: 1 + (next() % 3) },
      };
    },
    expect: adminOnly(200),
  },
  'GET /api/reports': { prepare: () => ({ url: '/api/reports' }), expect: signedIn(200) },
  'GET /api/reports/:id/changes': {
    prepare: async () => {
      const r = await one<{ id: number }>(
        `select id from monthly_report where project_id = $1 and superseded_at is null order by period limit 1`,
        [project('P2-03')],
      );
      return { url: `/api/reports/${r.id}/changes` };
    },
    expect: projectReaders(200),
  },
  'GET /api/projects/:id/attachments': {
    prepare: () => ({ url: `/api/projects/${project('P2-03')}/attachments?period=${OPEN_MONTH}` }),
    expect: projectReaders(200),
  },
  'POST /api/projects/:id/attachments': {
    prepare: async () => ({
      url: `/api/projects/${await reportable(REPORT_POOL)}/attachments?period=${OPEN_MONTH}`,
      payload: evidence(),
    }),
    // Files change as the report would be saved: its focal point, or the centre (tests/api/monitoring-attachments.test.ts).
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 403, focalOwn: 201, admin: 201 },
  },
  'GET /api/problems/:id/attachments': {
    prepare: async () => ({ url: `/api/problems/${await openProblem()}/attachments` }),
    expect: projectReaders(200),
  },
  'POST /api/problems/:id/attachments': {
    prepare: async () => ({ url: `/api/problems/${await openProblem()}/attachments`, payload: evidence() }),
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 201, focalOwn: 201, admin: 201 },
  },
  'GET /api/monitoring/attachments/:id': {
    prepare: async () => ({ url: `/api/monitoring/attachments/${await problemEvidence()}` }),
    expect: { ...signedIn(200), focalOther: 404 },
    download: true,
  },
  'DELETE /api/monitoring/attachments/:id': {
    prepare: async () => ({ url: `/api/monitoring/attachments/${await problemEvidence()}` }),
    expect: { anonymous: 401, viewer: 403, focalOther: 404, approver: 200, focalOwn: 200, admin: 200 },
  },
  'POST /api/reports/:id/review': {
    prepare: async () => ({
      url: `/api/reports/${await submittedReport()}/review`,
      payload: { action: 'approve' },
    }),
    // Only an approver of the owning unit approves; the centre accepts instead (docs/decisions/0006).
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 200, focalOwn: 403, admin: 403 },
  },
  'POST /api/reports/:id/review #return': {
    prepare: async () => ({
      url: `/api/reports/${await submittedReport()}/review`,
      payload: { action: 'return', comment: 'กรุณาแก้ไขร้อยละ' },
    }),
    // Returning a submitted report: its unit's approver or the centre.
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 200, focalOwn: 403, admin: 200 },
  },
  'POST /api/reports/review': {
    prepare: async () => ({
      url: '/api/reports/review',
      payload: { action: 'approve', ids: [await submittedReport()] },
    }),
    // Each report in its own transaction: the answer is 200 with a result per report, and a refused one
    // says why (ok: false) and stays as it was.
    expect: signedIn(200),
    check: async (role, res) => {
      if (res.statusCode !== 200) return;
      const [result] = res.json() as { id: number; ok: boolean; reason?: { th: string; en: string } }[];
      const { state } = await one<{ state: string }>('select state from monthly_report where id = $1', [
        result!.id,
      ]);
      if (role === 'approver') {
        expect(result).toMatchObject({ ok: true });
        expect(state).toBe('approved');
      } else {
        expect(result, role).toMatchObject({
          ok: false,
          reason: { th: expect.any(String), en: expect.any(String) },
        });
        expect(state, role).toBe('submitted');
      }
    },
    note: '200 for every signed-in role; per report ok: false for those who may not approve',
  },

  // ---- follow-up ----
  'GET /api/problems': { prepare: () => ({ url: '/api/problems' }), expect: signedIn(200) },
  'PATCH /api/problems/:id': {
    prepare: async () => {
      const p = await bhrdiProblem();
      return {
        url: `/api/problems/${p.id}`,
        payload: { version: p.version, status: next() % 2 ? 'in_progress' : 'open' },
      };
    },
    // The owning unit's focal point and approver change status and resolution; the centre everything.
    expect: { anonymous: 401, viewer: 403, focalOther: 403, approver: 200, focalOwn: 200, admin: 200 },
  },

  // ---- timeliness, my work, reminders ----
  'GET /api/timeliness': {
    prepare: () => ({ url: `/api/timeliness?plan=${DEMO_PLAN}` }),
    expect: signedIn(200),
  },
  'GET /api/timeliness/missing': {
    prepare: () => ({ url: `/api/timeliness/missing?plan=${DEMO_PLAN}&period=${OPEN_MONTH}` }),
    expect: signedIn(200),
    note: 'focal points and approvers get their own unit’s rows only',
  },
  'GET /api/my-work': { prepare: () => ({ url: '/api/my-work' }), expect: signedIn(200) },
  'POST /api/reminders/run': {
    prepare: () => ({ url: '/api/reminders/run', payload: { dryRun: true } }),
    expect: adminOnly(200),
  },
  // ---- imports ----
  'POST /api/imports/plan': {
    prepare: () => ({ url: '/api/imports/plan?dryRun=true', payload: csv(PLAN_CSV) }),
    expect: adminOnly(200),
  },
  'POST /api/imports/reports': {
    prepare: () => ({
      url: '/api/imports/reports?dryRun=true',
      payload: csv(
        `plan_code,project_code,period,status,percent\n${DEMO_PLAN},${IMPORT_PROJECT},${OPEN_MONTH},in_progress,40\n`,
      ),
    }),
    // Another unit's focal point may import, but not rows of this unit's project: 400 naming the row.
    expect: { anonymous: 401, viewer: 403, focalOther: 400, approver: 403, focalOwn: 200, admin: 200 },
    check: (role, res) => {
      if (role !== 'focalOther') return;
      const error = (res.json() as { error: { issues: { row?: number; field: string }[] } }).error;
      expect(error.issues).toContainEqual(expect.objectContaining({ row: 2, field: 'project_code' }));
    },
  },

  'GET /api/imports/plan/template.xlsx': {
    prepare: () => ({ url: '/api/imports/plan/template.xlsx' }),
    expect: adminOnly(200),
    download: true,
  },
  'GET /api/imports/reports/template.xlsx': {
    prepare: () => ({ url: '/api/imports/reports/template.xlsx' }),
    expect: { anonymous: 401, viewer: 403, focalOther: 200, approver: 403, focalOwn: 200, admin: 200 },
    download: true,
    note: 'who imports reports: admin and focal points (their own unit’s projects listed)',
  },
  // ---- reporting months ----
  'GET /api/reporting-months': { prepare: () => ({ url: '/api/reporting-months' }), expect: signedIn(200) },
  'POST /api/reporting-months': {
    prepare: () => {
      const n = next();
      // A year BE up to 2700 (src/domain/period.ts), whatever the counter has reached by now.
      return { url: '/api/reporting-months', payload: { period: `${2600 + (n % 100)}-01` } };
    },
    expect: adminOnly(201),
  },
  'PATCH /api/reporting-months/:period': {
    prepare: () => ({ url: `/api/reporting-months/${OPEN_MONTH}`, payload: { lockAfterDays: null } }),
    expect: adminOnly(200),
  },
  'POST /api/reporting-months/:period/exceptions': {
    prepare: () => ({
      url: '/api/reporting-months/2566-05/exceptions',
      payload: { unitId: unit('D-BANGRAK'), until: '2099-12-31', reason: `ทดสอบ ${next()}` },
    }),
    expect: adminOnly(200),
  },

  // ---- key results ----
  'GET /api/key-results/:id': {
    prepare: () => ({ url: `/api/key-results/${ids.keyResult}` }),
    expect: signedIn(200),
  },
  'PATCH /api/key-results/:id': {
    prepare: async () => {
      const kr = await one<{ version: number }>('select version from key_result where id = $1', [
        ids.keyResult,
      ]);
      return {
        url: `/api/key-results/${ids.keyResult}`,
        payload: { version: kr.version, note: `หมายเหตุ ${next()}` },
      };
    },
    expect: adminOnly(200),
  },
  'DELETE /api/key-results/:id': {
    prepare: async () => {
      const kr = await newKeyResult();
      return { url: `/api/key-results/${kr.id}?version=${kr.version}` };
    },
    expect: adminOnly(204),
  },
  'POST /api/key-results/:id/actuals': {
    prepare: async () => ({
      url: `/api/key-results/${(await newKeyResult()).id}/actuals`,
      payload: { granularity: 'quarter', period: '2566-Q2', value: '3' },
    }),
    expect: adminOnly(201),
  },
  'PUT /api/key-results/:id/projects': {
    prepare: () => ({
      url: `/api/key-results/${ids.keyResult}/projects`,
      payload: { projectIds: [project('P2-03')] },
    }),
    expect: adminOnly(200),
  },
  'PATCH /api/key-result-actuals/:id': {
    prepare: async () => {
      const a = await one<{ version: number }>('select version from key_result_actual where id = $1', [
        ids.actual,
      ]);
      return {
        url: `/api/key-result-actuals/${ids.actual}`,
        payload: { version: a.version, comment: `ที่มา ${next()}` },
      };
    },
    expect: adminOnly(200),
  },
  'DELETE /api/key-result-actuals/:id': {
    prepare: async () => {
      const a = await newActual();
      return { url: `/api/key-result-actuals/${a.id}?version=${a.version}` };
    },
    expect: adminOnly(200),
  },

  // ---- snapshots, committee papers, exports ----
  'GET /api/plans/:code/snapshots': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/snapshots` }),
    expect: signedIn(200),
  },
  'POST /api/plans/:code/snapshots': {
    prepare: () => ({
      url: `/api/plans/${DEMO_PLAN}/snapshots`,
      payload: { period: '2566-05', basis: 'submitted' },
    }),
    expect: adminOnly(201),
  },
  'GET /api/plans/:code/snapshots/compare': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/snapshots/compare?a=2566-04&b=2566-05` }),
    expect: signedIn(200),
  },
  'GET /api/plans/:code/snapshots/:id': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/snapshots/${ids.snapshot}` }),
    expect: signedIn(200),
  },
  'GET /api/plans/:code/paper.docx': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/paper.docx?asOf=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/plans/:code/paper.xlsx': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/paper.xlsx?asOf=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/plans/:code/rounds.docx': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/rounds.docx?fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
    note: 'the round paper: money scoped like the round report',
  },
  'GET /api/plans/:code/rounds.xlsx': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/rounds.xlsx?fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
    note: 'the round paper: money scoped like the round report',
  },
  'GET /api/plans/:code/paper.html': {
    prepare: () => ({ url: `/api/plans/${DEMO_PLAN}/paper.html?asOf=2566-05` }),
    expect: signedIn(200),
    html: true,
  },
  'GET /api/exports/projects.xlsx': {
    prepare: () => ({ url: '/api/exports/projects.xlsx' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/projects.csv': {
    prepare: () => ({ url: '/api/exports/projects.csv' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/problems.xlsx': {
    prepare: () => ({ url: '/api/exports/problems.xlsx' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/problems.csv': {
    prepare: () => ({ url: '/api/exports/problems.csv' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/reports.xlsx': {
    prepare: () => ({ url: '/api/exports/reports.xlsx' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/reports.csv': {
    prepare: () => ({ url: '/api/exports/reports.csv' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/key-results.xlsx': {
    prepare: () => ({ url: `/api/exports/key-results.xlsx?plan=${DEMO_PLAN}&fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/key-results.csv': {
    prepare: () => ({ url: `/api/exports/key-results.csv?plan=${DEMO_PLAN}&fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
  },

  'GET /api/exports/review-queue.xlsx': {
    prepare: () => ({ url: '/api/exports/review-queue.xlsx' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/review-queue.csv': {
    prepare: () => ({ url: '/api/exports/review-queue.csv' }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/timeliness.xlsx': {
    prepare: () => ({ url: `/api/exports/timeliness.xlsx?plan=${DEMO_PLAN}&from=2566-03&to=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/timeliness.csv': {
    prepare: () => ({ url: `/api/exports/timeliness.csv?plan=${DEMO_PLAN}&from=2566-03&to=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/attention.xlsx': {
    prepare: () => ({ url: `/api/exports/attention.xlsx?plan=${DEMO_PLAN}&asOf=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/attention.csv': {
    prepare: () => ({ url: `/api/exports/attention.csv?plan=${DEMO_PLAN}&asOf=2566-05` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/action-plan.xlsx': {
    prepare: () => ({ url: `/api/exports/action-plan.xlsx?plan=${DEMO_PLAN}&fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
  },
  'GET /api/exports/action-plan.csv': {
    prepare: () => ({ url: `/api/exports/action-plan.csv?plan=${DEMO_PLAN}&fiscalYear=2566` }),
    expect: signedIn(200),
    download: true,
  },
};
