/**
 * Who may do what, route by route: the ladder 401 (no session) → 400 (bad body, field named in Thai and
 * English) → 403 (a role or unit that may not) → 2xx (the one who may), and the other-agency cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitView, UserView } from '../../src/shared/api';
import type { PlanTree, ProjectDetail, ProjectListItem } from '../../src/shared/api/monitoring';
import {
  changeHeaders,
  createTestApp,
  DEMO_PLAN,
  expectApiError,
  expectFieldIssue,
  type DemoUser,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
const cookies = {} as Record<DemoUser, string>;
const projectIds = new Map<string, number>();
const unitIds = new Map<string, number>();
let target2Id = 0;
let strategy22Id = 0;
let committeeUserId = 0;
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'] as const) {
    cookies[user] = await t.login(user);
  }
  const { rows: projects } = await t.db.query<{ id: number; code: string }>('select id, code from project');
  for (const p of projects) projectIds.set(p.code, p.id);
  const { rows: units } = await t.db.query<{ id: number; code: string }>('select id, code from org_unit');
  for (const u of units) unitIds.set(u.code, u.id);
  const tree = await t.app.inject({
    method: 'GET',
    url: `/api/plans/${DEMO_PLAN}/tree`,
    headers: { cookie: cookies.admin },
  });
  const plan = tree.json() as PlanTree;
  const target2 = plan.targets.find((x) => x.no === '2')!;
  target2Id = target2.id;
  strategy22Id = target2.strategies.find((s) => s.no === '2.2')!.id;
  const { rows: users } = await t.db.query<{ id: number }>(
    "select id from app_user where username = 'committee'",
  );
  committeeUserId = users[0]!.id;
});
afterAll(async () => {
  await t?.close();
});

const id = (code: string) => {
  const value = projectIds.get(code);
  if (value === undefined) throw new Error(`no demo project ${code}`);
  return value;
};
const unitId = (code: string) => {
  const value = unitIds.get(code);
  if (value === undefined) throw new Error(`no demo unit ${code}`);
  return value;
};
const count = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params)).rows[0]!.n;
const version = async (table: 'project' | 'plan', where: string, value: unknown) =>
  (await t.db.query<{ version: number }>(`select version from ${table} where ${where} = $1`, [value]))
    .rows[0]!.version;

function csvForm(csv: string, filename = 'upload.csv'): FormData {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), filename);
  return form;
}

const PLAN_CSV = [
  'plan_code,plan_name,plan_start_year,plan_end_year,target_no,target_name,strategy_no,strategy_name,project_code,project_name,fiscal_years',
  'HR-TEST-2567,แผนทดสอบ,2567,2568,1,เป้าประสงค์ทดสอบ,1.1,กลยุทธ์ทดสอบ,T-01,โครงการทดสอบ,2567',
].join('\n');
/** Agencies report only in an open month: 2566-06 in the demo (the months up to 2566-05 are locked). */
const OPEN_MONTH = '2566-06';
const REPORT_CSV = [
  'plan_code,project_code,period,status,percent',
  `${DEMO_PLAN},P2-02,${OPEN_MONTH},in_progress,40`,
].join('\n');

type Payload = object | FormData | undefined;

interface Route {
  name: string;
  method: 'POST' | 'PATCH';
  url: () => string;
  /** A body the allowed user may send; built afresh for each request (versions move, codes must be new). */
  valid: () => Promise<Payload> | Payload;
  bad: () => Promise<Payload> | Payload;
  badField: string;
  forbidden: DemoUser[];
  allowed: DemoUser;
  okStatus: number;
  checkOk: (res: { json(): unknown; body: string }) => Promise<void> | void;
}

const ROUTES: Route[] = [
  {
    name: 'POST /api/projects/:id/reports',
    method: 'POST',
    url: () => `/api/projects/${id('P2-03')}/reports`,
    valid: () => ({ period: OPEN_MONTH, status: 'in_progress', percent: 50, problems: 'วิทยากรไม่พอ' }),
    bad: () => ({ period: OPEN_MONTH, status: 'done' }),
    badField: 'status',
    forbidden: ['focal.pers', 'approver.bhrdi', 'committee'],
    allowed: 'focal.bhrdi',
    okStatus: 201,
    checkOk: (res) => {
      expect(res.json()).toMatchObject({
        period: OPEN_MONTH,
        status: 'in_progress',
        problems: 'วิทยากรไม่พอ',
        source: 'web',
        state: 'submitted',
        reportedBy: 'focal.bhrdi',
        supersededAt: null,
      });
      expect(Number((res.json() as { percent: string }).percent)).toBe(50);
    },
  },
  {
    name: 'PATCH /api/projects/:id',
    method: 'PATCH',
    url: () => `/api/projects/${id('P2-02')}`,
    valid: async () => ({
      version: await version('project', 'code', 'P2-02'),
      kpiUnit: `หลักสูตร ${++counter}`,
    }),
    bad: async () => ({ version: await version('project', 'code', 'P2-02'), budget: '12.345' }),
    badField: 'budget',
    // The owning unit's own focal point and approver may not edit the plan's projects either.
    forbidden: ['focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'],
    allowed: 'admin',
    okStatus: 200,
    checkOk: async (res) => {
      const detail = res.json() as ProjectDetail;
      expect(detail.code).toBe('P2-02');
      expect(detail.kpiUnit).toBe(`หลักสูตร ${counter}`);
      expect(detail.version).toBe(await version('project', 'code', 'P2-02'));
    },
  },
  {
    name: 'PATCH /api/plans/:code',
    method: 'PATCH',
    url: () => `/api/plans/${DEMO_PLAN}`,
    valid: async () => ({
      version: await version('plan', 'code', DEMO_PLAN),
      name: `แผนยุทธศาสตร์ทดสอบ ${++counter}`,
    }),
    bad: () => ({ name: 'แผนยุทธศาสตร์ทดสอบ' }),
    badField: 'version',
    forbidden: ['focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'],
    allowed: 'admin',
    okStatus: 200,
    checkOk: (res) => {
      expect(res.json()).toMatchObject({
        code: DEMO_PLAN,
        name: `แผนยุทธศาสตร์ทดสอบ ${counter}`,
        projectCount: 56,
      });
    },
  },
  {
    name: 'PATCH /api/targets/:id',
    method: 'PATCH',
    url: () => `/api/targets/${target2Id}`,
    valid: () => ({ valueDelivered: `คุณค่าที่ส่งมอบทดสอบ ${++counter}` }),
    bad: () => ({ name: '   ' }),
    badField: 'name',
    forbidden: ['focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'],
    allowed: 'admin',
    okStatus: 204,
    checkOk: async (res) => {
      expect(res.body).toBe('');
      const { rows } = await t.db.query('select value_delivered from strategic_target where id = $1', [
        target2Id,
      ]);
      expect(rows[0]).toEqual({ value_delivered: `คุณค่าที่ส่งมอบทดสอบ ${counter}` });
    },
  },
  {
    name: 'PATCH /api/strategies/:id',
    method: 'PATCH',
    url: () => `/api/strategies/${strategy22Id}`,
    valid: () => ({ kpi: `ตัวชี้วัดทดสอบ ${++counter}` }),
    bad: () => ({ name: 'ก'.repeat(501) }),
    badField: 'name',
    forbidden: ['focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'],
    allowed: 'admin',
    okStatus: 204,
    checkOk: async (res) => {
      expect(res.body).toBe('');
      const { rows } = await t.db.query('select kpi from strategy where id = $1', [strategy22Id]);
      expect(rows[0]).toEqual({ kpi: `ตัวชี้วัดทดสอบ ${counter}` });
    },
  },
  {
    name: 'POST /api/units',
    method: 'POST',
    url: () => '/api/units',
    valid: () => ({ code: `TEST-${++counter}`, name: `หน่วยงานทดสอบ ${counter}`, kind: 'district' }),
    bad: () => ({ name: 'หน่วยงานไม่มีรหัส' }),
    badField: 'code',
    forbidden: ['focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'],
    allowed: 'admin',
    okStatus: 201,
    checkOk: (res) => {
      const unit = res.json() as UnitView;
      expect(unit).toEqual({
        id: expect.any(Number),
        code: `TEST-${counter}`,
        name: `หน่วยงานทดสอบ ${counter}`,
        kind: 'district',
        status: 'active',
        successor: null,
        formerNames: [],
        projectCount: 0,
        userCount: 0,
        closedAt: null,
      });
    },
  },
  {
    name: 'PATCH /api/units/:id',
    method: 'PATCH',
    url: () => `/api/units/${unitId('D-BANGRAK')}`,
    valid: () => ({ name: `สำนักงานเขตบางรัก ${++counter}` }),
    bad: () => ({ kind: 'ministry' }),
    badField: 'kind',
    forbidden: ['focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'],
    allowed: 'admin',
    okStatus: 200,
    checkOk: (res) => {
      const unit = res.json() as UnitView;
      expect(unit).toMatchObject({
        id: unitId('D-BANGRAK'),
        code: 'D-BANGRAK',
        name: `สำนักงานเขตบางรัก ${counter}`,
      });
      expect(unit.formerNames.map((n) => n.name)).toContain('สำนักงานเขตบางรัก');
    },
  },
  {
    name: 'POST /api/users',
    method: 'POST',
    url: () => '/api/users',
    valid: () => ({
      username: `tester.${++counter}`,
      displayName: 'ผู้ทดสอบ',
      email: null,
      password: 'a-long-enough-password',
      role: 'focal_point',
      unitId: unitId('PERS'),
    }),
    bad: () => ({ username: 'tester.short', displayName: 'ผู้ทดสอบ', password: 'short', role: 'viewer' }),
    badField: 'password',
    forbidden: ['focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'],
    allowed: 'admin',
    okStatus: 201,
    checkOk: (res) => {
      const user = res.json() as UserView;
      expect(user).toEqual({
        id: expect.any(Number),
        username: `tester.${counter}`,
        displayName: 'ผู้ทดสอบ',
        email: null,
        role: 'focal_point',
        unit: { id: unitId('PERS'), name: 'สำนักงานการเจ้าหน้าที่ สำนักปลัดกรุงเทพมหานคร' },
        active: true,
        personNo: null, // a staff account links to its person; this focal point is none
      });
    },
  },
  {
    name: 'PATCH /api/users/:id',
    method: 'PATCH',
    url: () => `/api/users/${committeeUserId}`,
    valid: () => ({ displayName: `กรรมการ ${++counter}` }),
    bad: () => ({ email: 'not-an-email' }),
    badField: 'email',
    forbidden: ['focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'],
    allowed: 'admin',
    okStatus: 200,
    checkOk: (res) => {
      expect(res.json()).toMatchObject({
        id: committeeUserId,
        username: 'committee',
        displayName: `กรรมการ ${counter}`,
      });
    },
  },
  {
    name: 'POST /api/imports/plan',
    method: 'POST',
    url: () => '/api/imports/plan?dryRun=true',
    valid: () => csvForm(PLAN_CSV),
    bad: () => undefined,
    badField: 'file',
    forbidden: ['focal.bhrdi', 'approver.bhrdi', 'focal.pers', 'committee'],
    allowed: 'admin',
    okStatus: 200,
    checkOk: (res) => {
      expect(res.json()).toMatchObject({
        dryRun: true,
        ok: true,
        rows: 1,
        issues: [],
        planCode: 'HR-TEST-2567',
      });
    },
  },
  {
    name: 'POST /api/imports/reports',
    method: 'POST',
    url: () => '/api/imports/reports',
    valid: () => csvForm(REPORT_CSV),
    bad: () => undefined,
    badField: 'file',
    forbidden: ['approver.bhrdi', 'committee'],
    allowed: 'focal.bhrdi',
    okStatus: 200,
    checkOk: (res) => {
      expect(res.json()).toMatchObject({
        dryRun: false,
        ok: true,
        rows: 1,
        issues: [],
        created: { monthly_report: 1 },
        updated: { monthly_report: 0 },
        planCode: DEMO_PLAN,
      });
    },
  },
];

async function send(route: Route, cookie: string | undefined, payload: Payload, withCsrf = true) {
  const headers = withCsrf ? changeHeaders(cookie) : cookie ? { cookie } : {};
  return t.app.inject({
    method: route.method,
    url: route.url(),
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

const auditCount = () => count('audit_event');

describe.each(ROUTES)('$name', (route) => {
  it('401 without a session, and nothing is written', async () => {
    const before = await auditCount();
    const res = await send(route, undefined, await route.valid());
    const error = expectApiError(res, 401, 'unauthorized');
    expect(error.message).toEqual({ th: 'กรุณาเข้าสู่ระบบ', en: 'Please sign in' });
    expect(await auditCount()).toBe(before);
  });

  it(`400 on a bad body for the allowed user, naming the field`, async () => {
    const before = await auditCount();
    const res = await send(route, cookies[route.allowed], await route.bad());
    expectFieldIssue(res, route.badField);
    expect(await auditCount()).toBe(before);
  });

  it(`403 for ${route.forbidden.join(', ')}, and nothing is written`, async () => {
    const before = await auditCount();
    for (const user of route.forbidden) {
      const res = await send(route, cookies[user], await route.valid());
      expect(res.statusCode, `${user}: ${res.body}`).toBe(403);
      expectApiError(res, 403, 'forbidden');
    }
    expect(await auditCount()).toBe(before);
  });

  it('403 without the x-tidtam-csrf header even with the allowed user’s session', async () => {
    const before = await auditCount();
    const res = await send(route, cookies[route.allowed], await route.valid(), false);
    expectApiError(res, 403, 'forbidden');
    expect(await auditCount()).toBe(before);
  });

  it(`${route.okStatus} for ${route.allowed}`, async () => {
    const res = await send(route, cookies[route.allowed], await route.valid());
    expect(res.statusCode, res.body).toBe(route.okStatus);
    await route.checkOk(res);
  });
});

describe('other agencies', () => {
  const get = (url: string, user: DemoUser) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: cookies[user] } });
  const unitProjectCount = (code: string) =>
    count('project p join org_unit u on u.id = p.owner_unit_id where u.code = $1', [code]);
  const treeProjects = (tree: PlanTree) =>
    tree.targets.flatMap((x) => x.strategies.flatMap((s) => s.projects));

  it('focal.pers cannot GET a BHRDI project (403, bilingual)', async () => {
    const res = await get(`/api/projects/${id('P2-03')}`, 'focal.pers');
    const error = expectApiError(res, 403, 'forbidden');
    expect(error.message.en).toMatch(/another unit/);
  });

  it('focal.pers cannot report on a BHRDI project (403) and no report is written', async () => {
    const before = await count('monthly_report where project_id = $1', [id('P2-07')]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${id('P2-07')}/reports`,
      headers: changeHeaders(cookies['focal.pers']),
      payload: { period: '2566-05', status: 'in_progress', percent: 5 },
    });
    expectApiError(res, 403, 'forbidden');
    expect(await count('monthly_report where project_id = $1', [id('P2-07')])).toBe(before);
  });

  it('focal.pers lists only PERS projects, all of them, and may report on each', async () => {
    const res = await get('/api/projects', 'focal.pers');
    expect(res.statusCode).toBe(200);
    const items = res.json() as ProjectListItem[];
    const expected = await unitProjectCount('PERS');
    expect(expected).toBeGreaterThan(0);
    expect(items).toHaveLength(expected);
    for (const item of items) {
      expect(item.ownerUnit?.code).toBe('PERS');
      expect(item.abilities).toEqual({ read: true, update: false, report: true });
    }
  });

  it('focal.pers cannot widen the list with the owner filter', async () => {
    const res = await get(`/api/projects?owner=${unitId('BHRDI')}`, 'focal.pers');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
  });

  it('focal.pers sees the whole plan tree (all targets) but only PERS projects in it', async () => {
    const res = await get(`/api/plans/${DEMO_PLAN}/tree?asOf=2566-05`, 'focal.pers');
    expect(res.statusCode).toBe(200);
    const tree = res.json() as PlanTree;
    expect(tree.abilities).toEqual({ update: false });
    expect(tree.targets.map((x) => x.no)).toEqual(['1', '2', '3', '4', '5']);
    const projects = treeProjects(tree);
    expect(projects).toHaveLength(await unitProjectCount('PERS'));
    for (const p of projects) expect(p.ownerUnit?.code).toBe('PERS');
  });

  it('committee (viewer) reads every project and the whole tree, may change none', async () => {
    const total = await count('project');
    const list = await get('/api/projects', 'committee');
    expect(list.statusCode).toBe(200);
    const items = list.json() as ProjectListItem[];
    expect(items).toHaveLength(total);
    for (const item of items) expect(item.abilities).toEqual({ read: true, update: false, report: false });

    const tree = await get(`/api/plans/${DEMO_PLAN}/tree`, 'committee');
    expect(tree.statusCode).toBe(200);
    expect(treeProjects(tree.json() as PlanTree)).toHaveLength(total);

    const detail = await get(`/api/projects/${id('P2-03')}`, 'committee');
    expect(detail.statusCode).toBe(200);
    expect((detail.json() as ProjectDetail).abilities).toEqual({ read: true, update: false, report: false });

    const summary = await get(`/api/plans/${DEMO_PLAN}/summary?asOf=2566-05`, 'committee');
    expect(summary.statusCode).toBe(200);
  });

  it('committee is refused every change route with 403', async () => {
    for (const route of ROUTES) {
      const res = await send(route, cookies.committee, await route.valid());
      expect(res.statusCode, `${route.name}: ${res.body}`).toBe(403);
    }
  });

  it('committee may not list users (admin only)', async () => {
    expectApiError(await get('/api/users', 'committee'), 403, 'forbidden');
  });

  it('approver.bhrdi reads BHRDI projects only, without the right to report', async () => {
    const list = await get('/api/projects', 'approver.bhrdi');
    expect(list.statusCode).toBe(200);
    const items = list.json() as ProjectListItem[];
    expect(items).toHaveLength(await unitProjectCount('BHRDI'));
    for (const item of items) {
      expect(item.ownerUnit?.code).toBe('BHRDI');
      expect(item.abilities).toEqual({ read: true, update: false, report: false });
    }
    const own = await get(`/api/projects/${id('P2-03')}`, 'approver.bhrdi');
    expect(own.statusCode).toBe(200);
    expect((own.json() as ProjectDetail).ownerUnit?.code).toBe('BHRDI');
    expectApiError(await get(`/api/projects/${id('P1-04')}`, 'approver.bhrdi'), 403, 'forbidden');
  });

  it('approver.bhrdi cannot report on a BHRDI project in the open month (403)', async () => {
    const before = await count('monthly_report where project_id = $1', [id('P2-07')]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${id('P2-07')}/reports`,
      headers: changeHeaders(cookies['approver.bhrdi']),
      payload: { period: OPEN_MONTH, status: 'in_progress' },
    });
    const error = expectApiError(res, 403, 'forbidden');
    expect(error.message).toEqual({ th: 'ท่านไม่มีสิทธิ์ส่งรายงาน', en: 'Your role may not submit reports' });
    expect(await count('monthly_report where project_id = $1', [id('P2-07')])).toBe(before);
  });

  // An approver may never submit (403 by docs/decisions/0006), even over an accepted report.
  it('approver.bhrdi cannot report on a BHRDI project whose May report is accepted (403)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${id('P2-07')}/reports`,
      headers: changeHeaders(cookies['approver.bhrdi']),
      payload: { period: '2566-05', status: 'in_progress' },
    });
    expectApiError(res, 403, 'forbidden');
  });

  it('focal.bhrdi may report on each BHRDI project and on nothing else', async () => {
    const list = await get('/api/projects', 'focal.bhrdi');
    const items = list.json() as ProjectListItem[];
    expect(items).toHaveLength(await unitProjectCount('BHRDI'));
    for (const item of items) expect(item.abilities).toEqual({ read: true, update: false, report: true });
  });

  it('a project without an owner unit is readable by admin and committee only', async () => {
    const { rows } = await t.db.query<{ id: number }>(
      'select id from project where owner_unit_id is null order by code limit 1',
    );
    const orphan = rows[0]!.id;
    expect((await get(`/api/projects/${orphan}`, 'admin')).statusCode).toBe(200);
    expect((await get(`/api/projects/${orphan}`, 'committee')).statusCode).toBe(200);
    for (const user of ['focal.bhrdi', 'approver.bhrdi', 'focal.pers'] as const) {
      expect((await get(`/api/projects/${orphan}`, user)).statusCode).toBe(403);
    }
  });

  it('unknown project id is 404 for everyone signed in, 400 for a non-numeric id', async () => {
    const missing = 999_999;
    for (const user of ['admin', 'focal.pers'] as const) {
      expectApiError(await get(`/api/projects/${missing}`, user), 404, 'not_found');
    }
    const res = await get('/api/projects/abc', 'admin');
    expectFieldIssue(res, 'id');
  });

  it('focal.pers importing a report row for a BHRDI project gets 400 naming the row, and nothing is written', async () => {
    const before = await count('monthly_report');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/reports',
      headers: changeHeaders(cookies['focal.pers']),
      payload: csvForm(
        [
          'plan_code,project_code,period,status',
          `${DEMO_PLAN},P1-04,${OPEN_MONTH},completed`,
          `${DEMO_PLAN},P2-03,${OPEN_MONTH},completed`,
        ].join('\n'),
      ),
    });
    const issues = expectFieldIssue(res, 'project_code');
    expect(issues).toEqual([expect.objectContaining({ row: 3, field: 'project_code' })]);
    // The PERS row in the open month is fine: the BHRDI row is the file's only issue.
    expect(expectApiError(res, 400, 'invalid_input').issues).toEqual(issues);
    expect(await count('monthly_report')).toBe(before);
  });
});

describe('plan version', () => {
  // PlanUpdate requires `version` (optimistic locking), but no plan answer carries it:
  // PlanListItem (GET /api/plans and the PATCH answer) and PlanTree lack it, so a client cannot send a PATCH.
  it('GET /api/plans exposes the version that PATCH /api/plans/:code requires', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/plans', headers: { cookie: cookies.admin } });
    const plan = (res.json() as Array<Record<string, unknown>>).find((p) => p.code === DEMO_PLAN)!;
    expect(plan.version).toBe(await version('plan', 'code', DEMO_PLAN));
  });

  it('PATCH /api/plans/:code with a stale version is 409 and changes nothing', async () => {
    const current = await version('plan', 'code', DEMO_PLAN);
    const { rows: before } = await t.db.query('select name, version from plan where code = $1', [DEMO_PLAN]);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/plans/${DEMO_PLAN}`,
      headers: changeHeaders(cookies.admin),
      payload: { version: current + 5, name: 'ชื่อที่ไม่ควรถูกบันทึก' },
    });
    expectApiError(res, 409, 'conflict');
    const { rows: after } = await t.db.query('select name, version from plan where code = $1', [DEMO_PLAN]);
    expect(after).toEqual(before);
  });

  it('PATCH /api/plans/:code of an unknown plan is 404', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/plans/NO-SUCH-PLAN',
      headers: changeHeaders(cookies.admin),
      payload: { version: 1, name: 'x' },
    });
    const error = expectApiError(res, 404, 'not_found');
    expect(error.message.en).toContain('NO-SUCH-PLAN');
  });
});

describe('input that must be refused before it reaches the database (not 500)', () => {
  // IdParam (src/shared/api/common.ts) has no upper bound, so an id beyond PostgreSQL's int4 reaches SQL
  // and fails there with "out of range for type integer".
  it.each([
    ['GET', '/api/projects/2147483648'],
    ['POST', '/api/projects/2147483648/reports'],
    ['PATCH', '/api/units/2147483648'],
    ['PATCH', '/api/users/2147483648'],
    ['GET', '/api/projects?owner=2147483648'],
  ] as const)('%s %s → 404 or 400, not 500', async (method, url) => {
    const payload =
      method === 'POST'
        ? { period: '2566-05', status: 'in_progress' }
        : method === 'PATCH'
          ? { name: 'x' }
          : undefined;
    const res = await t.app.inject({
      method,
      url,
      headers: changeHeaders(cookies.admin),
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode, res.body).toBeLessThan(500);
    expect(['not_found', 'invalid_input']).toContain((res.json() as { error: { code: string } }).error.code);
  });

  // createUser/updateUser (src/server/use-cases/manage-users.ts) never check that unitId names a unit:
  // the foreign key fails in SQL and the answer is 500.
  it('POST /api/users with an unknown unitId → 400 naming unitId', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: changeHeaders(cookies.admin),
      payload: {
        username: 'ghost.unit',
        displayName: 'ผู้ทดสอบ',
        password: 'a-long-enough-password',
        role: 'viewer',
        unitId: 99_999,
      },
    });
    expectFieldIssue(res, 'unitId');
  });

  it('PATCH /api/users/:id with an unknown unitId → 400 naming unitId', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${committeeUserId}`,
      headers: changeHeaders(cookies.admin),
      payload: { unitId: 99_999 },
    });
    expectFieldIssue(res, 'unitId');
  });

  it('POST /api/users with a taken username → 409, with a focal point lacking a unit → 400 on unitId', async () => {
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: changeHeaders(cookies.admin),
      payload: {
        username: 'Focal.PERS',
        displayName: 'ซ้ำ',
        password: 'a-long-enough-password',
        role: 'viewer',
      },
    });
    const error = expectApiError(taken, 409, 'conflict');
    expect(error.message.en).toBe('Username focal.pers is taken');
    const noUnit = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: changeHeaders(cookies.admin),
      payload: {
        username: 'focal.nounit',
        displayName: 'ไม่มีหน่วยงาน',
        password: 'a-long-enough-password',
        role: 'focal_point',
      },
    });
    expectFieldIssue(noUnit, 'unitId');
  });

  it('POST /api/units with a code that exists (any case) → 409', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: changeHeaders(cookies.admin),
      payload: { code: 'bhrdi', name: 'ซ้ำ' },
    });
    expectApiError(res, 409, 'conflict');
  });

  it.each([
    ['/api/targets/99999', { name: 'x' }],
    ['/api/strategies/99999', { name: 'x' }],
    ['/api/units/99999', { kind: 'office' }],
    ['/api/users/99999', { displayName: 'x' }],
    ['/api/projects/99999', { version: 1, name: 'x' }],
  ])('PATCH %s of an unknown id → 404', async (url, payload) => {
    const res = await t.app.inject({ method: 'PATCH', url, headers: changeHeaders(cookies.admin), payload });
    expectApiError(res, 404, 'not_found');
  });
});
