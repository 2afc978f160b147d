/**
 * GET /api/projects filters (expected lists computed from the demo's own rows, not from the server's SQL)
 * and PATCH /api/projects/:id with optimistic locking and the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlanRows, demoReportRows } from '../../src/server/demo/demo-data';
import type { ProjectDetail, ProjectListItem } from '../../src/shared/api/monitoring';
import {
  changeHeaders,
  createTestApp,
  DEMO_PLAN,
  expectApiError,
  expectFieldIssue,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
let admin = '';
const unitIds = new Map<string, number>();

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  const { rows } = await t.db.query<{ id: number; code: string }>('select id, code from org_unit');
  for (const u of rows) unitIds.set(u.code, u.id);
});
afterAll(async () => {
  await t?.close();
});

const list = async (query: string, cookie = admin) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/projects${query}`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ProjectListItem[];
};
const codes = (items: ProjectListItem[]) => items.map((p) => p.code);

// ---- the oracle: the demo's plan and report rows ----
const demo = demoPlanRows.map((r) => {
  const [from, to = from] = r.fiscal_years!.split('-').map(Number) as [number, number?];
  return {
    code: r.project_code!,
    name: r.project_name!,
    target: r.target_no!,
    owner: r.owner_unit!,
    from,
    to: to!,
  };
});
/** Status of a project as of a month: its latest report up to then, or none. */
function statusAsOf(code: string, asOf: string): string | null {
  const rows = demoReportRows.filter((r) => r.project_code === code && r.period! <= asOf);
  rows.sort((a, b) => a.period!.localeCompare(b.period!));
  return rows.at(-1)?.status ?? null;
}
const sorted = (xs: string[]) => [...xs].sort();

describe('GET /api/projects filters', () => {
  it('without filters lists every project of the demo, ordered by code', async () => {
    const items = await list('');
    expect(codes(items)).toEqual(sorted(demo.map((p) => p.code)));
    expect(items.every((p) => p.planCode === DEMO_PLAN)).toBe(true);
  });

  it('target=2 lists exactly the projects of target 2', async () => {
    const items = await list('?target=2');
    expect(codes(items)).toEqual(sorted(demo.filter((p) => p.target === '2').map((p) => p.code)));
    expect(items.every((p) => p.targetNo === '2')).toBe(true);
  });

  it('owner=<BHRDI id> lists exactly the BHRDI projects', async () => {
    const items = await list(`?owner=${unitIds.get('BHRDI')}`);
    expect(codes(items)).toEqual(sorted(demo.filter((p) => p.owner === 'BHRDI').map((p) => p.code)));
    expect(items.every((p) => p.ownerUnit?.code === 'BHRDI')).toBe(true);
  });

  it.each(['completed', 'in_progress'])(
    'status=%s as of 2566-05 lists the projects with that latest status',
    async (status) => {
      const items = await list(`?status=${status}&asOf=2566-05`);
      const expected = demo.filter((p) => statusAsOf(p.code, '2566-05') === status).map((p) => p.code);
      expect(expected.length).toBeGreaterThan(0);
      expect(codes(items)).toEqual(sorted(expected));
      expect(items.every((p) => p.latestReport?.status === status)).toBe(true);
    },
  );

  it('status=unreported as of 2565-12 lists the projects without any report by then', async () => {
    const items = await list('?status=unreported&asOf=2565-12');
    const expected = demo.filter((p) => statusAsOf(p.code, '2565-12') === null).map((p) => p.code);
    expect(expected.length).toBeGreaterThan(0);
    expect(codes(items)).toEqual(sorted(expected));
    expect(items.every((p) => p.latestReport === null)).toBe(true);
  });

  it('status=not_started as of 2566-02 includes the unreported ones as well as those reported not started', async () => {
    const items = await list('?status=not_started&asOf=2566-02');
    const expected = demo
      .filter((p) => (statusAsOf(p.code, '2566-02') ?? 'not_started') === 'not_started')
      .map((p) => p.code);
    const unreported = demo.filter((p) => statusAsOf(p.code, '2566-02') === null).map((p) => p.code);
    expect(unreported.length).toBeGreaterThan(0);
    expect(expected.length).toBeGreaterThan(unreported.length);
    expect(codes(items)).toEqual(sorted(expected));
    expect(codes(items)).toEqual(expect.arrayContaining(unreported));
    const reportedNotStarted = items.filter((p) => p.latestReport !== null);
    expect(reportedNotStarted.length).toBeGreaterThan(0);
    expect(reportedNotStarted.every((p) => p.latestReport!.status === 'not_started')).toBe(true);
  });

  it('status=unreported as of 2566-05 is empty: every demo project has reported by then', async () => {
    expect(await list('?status=unreported&asOf=2566-05')).toEqual([]);
  });

  it('status=not_started as of 2566-05 lists the 15 not-started projects of the minutes', async () => {
    const items = await list('?status=not_started&asOf=2566-05');
    expect(items).toHaveLength(15);
  });

  it('fiscalYear=2568 lists the projects whose years include 2568', async () => {
    const items = await list('?fiscalYear=2568');
    const expected = demo.filter((p) => p.from <= 2568 && p.to >= 2568).map((p) => p.code);
    expect(expected.length).toBeGreaterThan(0);
    expect(codes(items)).toEqual(sorted(expected));
    expect(items.every((p) => p.fiscalYearFrom <= 2568 && p.fiscalYearTo >= 2568)).toBe(true);
  });

  it('q=หลักสูตร finds the projects whose name contains the Thai word', async () => {
    const items = await list(`?q=${encodeURIComponent('หลักสูตร')}`);
    const expected = demo.filter((p) => p.name.includes('หลักสูตร')).map((p) => p.code);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(codes(items)).toEqual(sorted(expected));
  });

  it('q matches a project code and the owner unit’s name too', async () => {
    expect(codes(await list('?q=P4-0'))).toEqual(
      sorted(demo.filter((p) => p.code.startsWith('P4-0')).map((p) => p.code)),
    );
    const byUnit = await list(`?q=${encodeURIComponent('สำนักการแพทย์')}`);
    expect(codes(byUnit)).toEqual(sorted(demo.filter((p) => p.owner === 'MED').map((p) => p.code)));
  });

  it.each(['%', '_', 'P1_01', 'P%01', '\\', '100%'])(
    'q=%s is searched literally, not as a LIKE wildcard',
    async (q) => {
      const items = await list(`?q=${encodeURIComponent(q)}`);
      const expected = demo.filter((p) => p.code.includes(q) || p.name.includes(q)).map((p) => p.code);
      expect(codes(items)).toEqual(sorted(expected));
    },
  );

  it('combined: target 2, owner BHRDI, not started as of 2566-05, fiscal year 2567, q', async () => {
    const owner = unitIds.get('BHRDI');
    const items = await list(`?target=2&owner=${owner}&status=not_started&asOf=2566-05&fiscalYear=2567`);
    const expected = demo
      .filter((p) => p.target === '2' && p.owner === 'BHRDI' && p.from <= 2567 && p.to >= 2567)
      .filter((p) => (statusAsOf(p.code, '2566-05') ?? 'not_started') === 'not_started')
      .map((p) => p.code);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(codes(items)).toEqual(sorted(expected));

    const narrowed = await list(
      `?target=2&owner=${owner}&status=not_started&asOf=2566-05&fiscalYear=2567&q=${encodeURIComponent('หลักสูตร')}`,
    );
    expect(codes(narrowed)).toEqual(
      sorted(expected.filter((c) => demo.find((p) => p.code === c)!.name.includes('หลักสูตร'))),
    );
    expect(narrowed.length).toBeLessThan(items.length);
  });

  it('plan=<unknown> lists nothing', async () => {
    expect(await list('?plan=NO-SUCH-PLAN')).toEqual([]);
    expect(await list(`?plan=${DEMO_PLAN}`)).toHaveLength(demo.length);
  });

  it('asOf shows the latest report up to that month', async () => {
    const items = await list('?asOf=2566-02&q=P1-04');
    const rows = demoReportRows.filter((r) => r.project_code === 'P1-04' && r.period! <= '2566-02');
    const last = rows.at(-1)!;
    expect(items).toHaveLength(1);
    expect(items[0]!.latestReport?.period).toBe(last.period);
    expect(items[0]!.latestReport?.status).toBe(last.status);
    expect(Number(items[0]!.latestReport?.percent)).toBe(Number(last.percent));
  });

  it.each([
    ['status=finished', 'status'],
    ['fiscalYear=66', 'fiscalYear'],
    ['owner=abc', 'owner'],
    ['asOf=2566-5', 'asOf'],
  ])('%s → 400 naming the field', async (query, field) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/projects?${query}`,
      headers: { cookie: admin },
    });
    expectFieldIssue(res, field);
  });

  // ProjectListQuery.asOf is /^\d{4}-\d{2}$/ (src/shared/api/monitoring/plans.ts), looser than PeriodString, and
  // listProjects (src/server/repositories/monitoring/projects.ts) silently drops an unparseable month.
  it('asOf=2566-13 → 400 naming asOf (not silently ignored)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/projects?asOf=2566-13',
      headers: { cookie: admin },
    });
    expectFieldIssue(res, 'asOf');
  });

  it('401 without a session', async () => {
    expectApiError(await t.app.inject({ method: 'GET', url: '/api/projects' }), 401, 'unauthorized');
  });
});

describe('PATCH /api/projects/:id', () => {
  const detail = async (id: number) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/projects/${id}`, headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    return res.json() as ProjectDetail;
  };
  const patch = (id: number, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `/api/projects/${id}`, headers: changeHeaders(admin), payload });
  const projectId = async (code: string) =>
    (await t.db.query<{ id: number }>('select id from project where code = $1', [code])).rows[0]!.id;
  const audits = async (id: number) =>
    (
      await t.db.query<{ action: string; actor_label: string; before: unknown; after: unknown }>(
        `select action, actor_label, before, after from audit_event
          where entity = 'project' and entity_id = $1 and action = 'update' order by id`,
        [String(id)],
      )
    ).rows;

  it('with a stale version → 409 bilingual and nothing changes', async () => {
    const id = await projectId('P3-13');
    const before = await detail(id);
    const auditsBefore = await audits(id);
    const res = await patch(id, { version: before.version + 1, name: 'ชื่อใหม่ที่ไม่ควรบันทึก', budget: '1.00' });
    const error = expectApiError(res, 409, 'conflict');
    expect(error.message.en).toMatch(/changed by someone else/);
    expect(await detail(id)).toEqual(before);
    expect(await audits(id)).toEqual(auditsBefore);
  });

  it('with the right version → 200, version + 1, the change kept, and audited with before and after', async () => {
    const id = await projectId('P3-04');
    const before = await detail(id);
    const res = await patch(id, {
      version: before.version,
      name: 'พัฒนาระบบสนับสนุนการปฏิบัติงานช่วงเริ่มต้นสำหรับผู้บรรจุใหม่',
      budget: '360000.50',
      kpiTarget: '420',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as ProjectDetail;
    expect(body.version).toBe(before.version + 1);
    expect(body.name).toBe('พัฒนาระบบสนับสนุนการปฏิบัติงานช่วงเริ่มต้นสำหรับผู้บรรจุใหม่');
    expect(Number(body.budget)).toBe(360000.5);
    expect(Number(body.kpiTarget)).toBe(420);
    expect(body.reports).toEqual(before.reports);
    expect(await detail(id)).toEqual(body);

    const rows = await audits(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action).toBe('update');
    expect(rows[0]!.actor_label).toBe('admin');
    expect(rows[0]!.before).toEqual({
      name: before.name,
      budget: before.budget,
      kpi_target: before.kpiTarget,
    });
    expect(rows[0]!.after).toEqual({
      name: 'พัฒนาระบบสนับสนุนการปฏิบัติงานช่วงเริ่มต้นสำหรับผู้บรรจุใหม่',
      budget: '360000.50',
      kpi_target: '420',
    });

    // The old version is now stale.
    const again = await patch(id, { version: before.version, name: 'อีกชื่อหนึ่ง' });
    expectApiError(again, 409, 'conflict');
  });

  it('two concurrent edits from the same version: exactly one wins, the other gets 409', async () => {
    const id = await projectId('P3-12');
    const before = await detail(id);
    const results = await Promise.all([
      patch(id, { version: before.version, kpiUnit: 'คน (แก้ไข ก)' }),
      patch(id, { version: before.version, kpiUnit: 'คน (แก้ไข ข)' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json() as ProjectDetail;
    const after = await detail(id);
    expect(after.version).toBe(before.version + 1);
    expect(after.kpiUnit).toBe(winner.kpiUnit);
    expect(await audits(id)).toHaveLength(1);
  });

  it('moving a project to another owner unit changes who may read it', async () => {
    const id = await projectId('P5-02');
    const before = await detail(id);
    expect(before.ownerUnit?.code).toBe('BHRDI');
    const res = await patch(id, { version: before.version, ownerUnitId: unitIds.get('PERS') });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ProjectDetail).ownerUnit?.code).toBe('PERS');
    const pers = await t.login('focal.pers');
    const seen = await t.app.inject({ method: 'GET', url: `/api/projects/${id}`, headers: { cookie: pers } });
    expect(seen.statusCode).toBe(200);
    const bhrdi = await t.login('focal.bhrdi');
    const hidden = await t.app.inject({
      method: 'GET',
      url: `/api/projects/${id}`,
      headers: { cookie: bhrdi },
    });
    expect(hidden.statusCode).toBe(403);
  });

  it('fiscal years outside the plan → 400 and nothing changes', async () => {
    const id = await projectId('P1-03');
    const before = await detail(id);
    const res = await patch(id, { version: before.version, fiscalYearFrom: 2566, fiscalYearTo: 2575 });
    expectFieldIssue(res, 'fiscalYearTo');
    expect(await detail(id)).toEqual(before);
  });

  it('an end date before the start date → 400 on endDate', async () => {
    const id = await projectId('P1-03');
    const before = await detail(id);
    const res = await patch(id, { version: before.version, startDate: '2023-05-01', endDate: '2023-01-01' });
    expectFieldIssue(res, 'endDate');
    expect(await detail(id)).toEqual(before);
  });

  it('an unknown owner unit → 400 on ownerUnitId', async () => {
    const id = await projectId('P1-03');
    const before = await detail(id);
    expectFieldIssue(await patch(id, { version: before.version, ownerUnitId: 99_999 }), 'ownerUnitId');
  });

  // IsoDate (src/shared/api/common.ts) checks only the shape, so an impossible date reaches SQL (500).
  it.each(['2023-02-30', '2023-13-01'])('startDate %s → 400 naming startDate, not 500', async (startDate) => {
    const id = await projectId('P1-03');
    const before = await detail(id);
    expectFieldIssue(await patch(id, { version: before.version, startDate }), 'startDate');
  });

  // updateProject (src/server/use-cases/monitoring/edit-plan.ts) compares the dates only when both are sent; one date
  // crossing the stored other one violates the table's CHECK constraint (500).
  it('a startDate after the stored endDate → 400, not 500', async () => {
    const id = await projectId('P1-03');
    const before = await detail(id);
    expect(before.endDate).toBe('2023-09-30');
    const res = await patch(id, { version: before.version, startDate: '2024-01-01' });
    expect(res.statusCode, res.body).toBe(400);
    expect(await detail(id)).toEqual(before);
  });

  it('an endDate before the stored startDate → 400, not 500', async () => {
    const id = await projectId('P1-03');
    const before = await detail(id);
    expect(before.startDate).toBe('2023-01-01');
    const res = await patch(id, { version: before.version, endDate: '2022-01-01' });
    expect(res.statusCode, res.body).toBe(400);
    expect(await detail(id)).toEqual(before);
  });

  it('a version-only PATCH changes nothing and keeps the version', async () => {
    const id = await projectId('P1-03');
    const before = await detail(id);
    const res = await patch(id, { version: before.version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(before);
  });

  it('an unknown project → 404', async () => {
    expectApiError(await patch(99_999, { version: 1, name: 'x' }), 404, 'not_found');
  });
});
