/**
 * The annual action plan over HTTP: GET /api/plans/:code/action-plan and PATCH
 * /api/projects/:id/action-plan/:fiscalYear. Totals are checked against PostgreSQL's own exact numeric sums
 * and, for money spent, against the reports' cumulative figures read here — never by calling the code
 * under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import { importPlanTable } from '../../src/server/use-cases/monitoring/import-plan';
import { importReportTable } from '../../src/server/use-cases/monitoring/import-reports';
import type { ActionPlanResponse, YearPlanView } from '../../src/shared/api/monitoring/action-plan';
import { basePlanRows, PLAN_CODE, reportRow, tableOf } from '../fixtures/files';
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
const ids = new Map<string, number>();

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'focal.pers', 'focal.bhrdi', 'committee'] as const) {
    cookies[user] = await t.login(user);
  }
  // The small plan of tests/fixtures/files.ts: A-01, A-02 (2566–2567) under target 1; B-01 under target 2
  // and serving target 1 too; C-01 runs in 2567 only.
  await importPlanTable(t.db, OPERATOR, tableOf(basePlanRows()));
  await importReportTable(
    t.db,
    OPERATOR,
    tableOf([
      reportRow('A-01', '2566-02', 'in_progress', { percent: '30', spent: '1000.50' }),
      reportRow('A-01', '2566-04', 'in_progress', { percent: '45', spent: '2500.25' }),
      reportRow('B-01', '2566-03', 'in_progress', { percent: '10' }),
    ]),
  );
  const { rows } = await t.db.query<{ id: number; code: string }>('select id, code from project');
  for (const p of rows) ids.set(p.code, p.id);
});
afterAll(async () => {
  await t?.close();
});

const id = (code: string) => ids.get(code)!;
const get = (url: string, user: DemoUser | null = 'committee') =>
  t.app.inject({ method: 'GET', url, headers: user ? { cookie: cookies[user] } : {} });
const patch = (
  code: string,
  fiscalYear: number,
  payload: Record<string, unknown>,
  user: DemoUser = 'admin',
) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/projects/${id(code)}/action-plan/${fiscalYear}`,
    headers: changeHeaders(cookies[user]),
    payload,
  });

async function actionPlan(plan: string, query: string, user: DemoUser = 'committee') {
  const res = await get(`/api/plans/${plan}/action-plan?${query}`, user);
  expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
  return res.json() as ActionPlanResponse;
}

/** PostgreSQL's numeric sum, printed in the API's shortest form ("49612000", "0.3"). */
const shortest = (text: string | null) =>
  text === null ? '0' : text.includes('.') ? text.replace(/\.?0+$/, '') : text;

async function sqlSum(column: 'budget_requested' | 'budget_allocated', planCode: string, targetNo?: string) {
  const { rows } = await t.db.query<{ total: string | null }>(
    `select sum(yp.${column})::text as total from project_year_plan yp
       join project p on p.id = yp.project_id join plan on plan.id = p.plan_id
       join strategy s on s.id = p.strategy_id join strategic_target tg on tg.id = s.target_id
      where plan.code = $1 and yp.fiscal_year = 2566 and ($2::text is null or tg.no = $2)`,
    [planCode, targetNo ?? null],
  );
  return shortest(rows[0]!.total);
}

/** Money as cents, exactly. */
const cents = (text: string) => {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
};
const money = (c: bigint) => shortest(`${c / 100n}.${String(c % 100n).padStart(2, '0')}`);

describe('the demo action plan 2566', () => {
  let plan: ActionPlanResponse;
  beforeAll(async () => {
    plan = await actionPlan(DEMO_PLAN, 'fiscalYear=2566');
  });

  it('lists the 56 projects of the year with priority, budgets, timeline and key results', () => {
    expect(plan).toMatchObject({ plan: DEMO_PLAN, fiscalYear: 2566, asOf: '2566-05', scope: 'all' });
    expect(plan.months).toEqual([
      '2565-10',
      '2565-11',
      '2565-12',
      '2566-01',
      '2566-02',
      '2566-03',
      '2566-04',
      '2566-05',
      '2566-06',
      '2566-07',
      '2566-08',
      '2566-09',
    ]);
    expect(plan.projects).toHaveLength(56);
    expect(plan.projects.every((p) => p.yearPlan !== null && p.months.length === 12)).toBe(true);
    expect(new Set(plan.projects.map((p) => p.yearPlan!.priority))).toEqual(new Set([1, 2, 3]));
    expect(plan.projects.filter((p) => p.months.some((m) => m.milestone !== null)).length).toBeGreaterThan(5);
    expect(plan.targets.map((x) => x.no)).toEqual(['1', '2', '3', '4', '5']);
    expect(plan.keyResults.length).toBeGreaterThanOrEqual(5);
    const dashboard = plan.projects.find((p) => p.code === 'P2-04')!;
    // serves target 3 too; runs Dec 2565 – Sep 2566; planned 60 % by May, reported 30 %
    expect(dashboard).toMatchObject({
      targetNo: '2',
      strategyNo: '2.2',
      extraTargetNos: ['3'],
      bar: { from: 2, to: 11, startsBefore: false, endsAfter: false },
      progress: { planned: '60', reported: '30', reportedPeriod: '2566-05', gap: '-30', behind: true },
      yearPlan: { priority: 1, budgetRequested: '2500000', budgetAllocated: '2500000' },
    });
    expect(dashboard.keyResultIds.length).toBeGreaterThan(0);
  });

  it('sums budgets exactly: overall and per target equal PostgreSQL’s own numeric sums', async () => {
    expect(plan.totals.overall.budgetRequested).toBe(await sqlSum('budget_requested', DEMO_PLAN));
    expect(plan.totals.overall.budgetAllocated).toBe(await sqlSum('budget_allocated', DEMO_PLAN));
    for (const no of ['1', '2', '3', '4', '5']) {
      expect(plan.totals.byTarget[no]!.budgetRequested).toBe(await sqlSum('budget_requested', DEMO_PLAN, no));
      expect(plan.totals.byTarget[no]!.budgetAllocated).toBe(await sqlSum('budget_allocated', DEMO_PLAN, no));
    }
  });

  it('money spent in the year is the latest cumulative spent reported up to May, summed over projects', async () => {
    const { rows } = await t.db.query<{ project_id: number; period: number; spent: string | null }>(
      `select m.project_id, m.period, m.spent::text as spent from monthly_report m
         join project p on p.id = m.project_id join plan on plan.id = p.plan_id
        where plan.code = $1 and m.superseded_at is null and m.state in ('submitted', 'approved', 'accepted')
          and m.period between 256510 and 256605 and m.spent is not null
        order by m.period`,
      [DEMO_PLAN],
    );
    const latest = new Map<number, string>();
    for (const r of rows) latest.set(r.project_id, r.spent!);
    const total = [...latest.values()].reduce((sum, s) => sum + cents(s), 0n);
    expect(plan.totals.overall.spent).toBe(money(total));
    for (const p of plan.projects) {
      expect(p.spent ?? '0').toBe(money(latest.has(p.id) ? cents(latest.get(p.id)!) : 0n));
    }
    // and month by month the year's spending adds up to the same
    const byMonth = plan.totals.overall.spentInMonth.reduce((sum, s) => sum + cents(s), 0n);
    expect(money(byMonth)).toBe(money(total));
  });

  it('a focal point sees their own unit’s projects and their totals only', async () => {
    const own = await actionPlan(DEMO_PLAN, 'fiscalYear=2566', 'focal.pers');
    const { rows } = await t.db.query<{ code: string }>(
      `select p.code from project p join org_unit u on u.id = p.owner_unit_id where u.code = 'PERS' order by p.code`,
    );
    expect(own.scope).toBe('own_unit');
    expect(own.abilities.update).toBe(false);
    expect(own.projects.map((p) => p.code)).toEqual(rows.map((r) => r.code));
    const requested = own.projects.reduce((sum, p) => sum + cents(p.yearPlan?.budgetRequested ?? '0'), 0n);
    expect(own.totals.overall.budgetRequested).toBe(money(requested));
  });

  it('needs a signed-in reader and a fiscal year', async () => {
    expectApiError(
      await get(`/api/plans/${DEMO_PLAN}/action-plan?fiscalYear=2566`, null),
      401,
      'unauthorized',
    );
    expectFieldIssue(await get(`/api/plans/${DEMO_PLAN}/action-plan`), 'fiscalYear');
    expectApiError(await get(`/api/plans/NO-SUCH/action-plan?fiscalYear=2566`), 404, 'not_found');
  });
});

describe('a project’s plan for the year, edited by the central office', () => {
  it('creates the year’s plan row and milestones, audited', async () => {
    let small = await actionPlan(PLAN_CODE, 'fiscalYear=2566');
    // C-01 runs in 2567 only
    expect(small.projects.map((p) => p.code)).toEqual(['A-01', 'A-02', 'B-01']);
    expect(small.projects.every((p) => p.yearPlan === null)).toBe(true);
    const res = await patch('A-01', 2566, {
      version: null,
      priority: 1,
      budgetRequested: '0.10',
      budgetAllocated: '0.10',
      milestones: [
        { period: '2566-04', plannedPercent: '50' },
        { period: '2566-02', plannedPercent: '20' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      projectId: id('A-01'),
      fiscalYear: 2566,
      priority: 1,
      budgetRequested: '0.1',
      budgetAllocated: '0.1',
      version: 1,
      milestones: [
        { period: '2566-02', plannedPercent: '20' },
        { period: '2566-04', plannedPercent: '50' },
      ],
    } satisfies YearPlanView);
    small = await actionPlan(PLAN_CODE, 'fiscalYear=2566&asOf=2566-04');
    const a01 = small.projects.find((p) => p.code === 'A-01')!;
    expect(a01.progress).toEqual({
      planned: '50',
      reported: '45',
      reportedPeriod: '2566-04',
      gap: '-5',
      behind: true,
    });
    expect(
      a01.months.map((m) => [m.period, m.milestone, m.planned, m.reportedPercent, m.spentInMonth]),
    ).toEqual([
      ['2565-10', null, null, null, null],
      ['2565-11', null, null, null, null],
      ['2565-12', null, null, null, null],
      ['2566-01', null, null, null, null],
      ['2566-02', '20', '20', '30', '1000.5'],
      ['2566-03', null, '20', null, null],
      ['2566-04', '50', '50', '45', '1499.75'],
      ['2566-05', null, '50', null, null],
      ['2566-06', null, '50', null, null],
      ['2566-07', null, '50', null, null],
      ['2566-08', null, '50', null, null],
      ['2566-09', null, '50', null, null],
    ]);
    expect(a01).toMatchObject({ spent: '2500.25', bar: { from: 0, to: 11 } });
    const { rows: audit } = await t.db.query<{
      entity: string;
      action: string;
      before: unknown;
      after: unknown;
    }>(
      `select entity, action, before, after from audit_event
        where entity in ('project_year_plan', 'project_milestone') order by id`,
    );
    expect(audit).toEqual([
      {
        entity: 'project_year_plan',
        action: 'create',
        before: null,
        after: {
          project_id: id('A-01'),
          fiscal_year: 2566,
          priority: 1,
          budget_requested: '0.10',
          budget_allocated: '0.10',
        },
      },
      {
        entity: 'project_milestone',
        action: 'update',
        before: {},
        after: { '2566-02': '20', '2566-04': '50' },
      },
    ]);
  });

  it('sums to the satang: 0.10 + 0.20 = 0.3, each project once under its own target', async () => {
    expect(
      (await patch('A-02', 2566, { version: null, budgetRequested: '0.20', budgetAllocated: '0' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await patch('B-01', 2566, { version: null, budgetRequested: '99999999999999.99', priority: 3 }))
        .statusCode,
    ).toBe(200);
    const small = await actionPlan(PLAN_CODE, 'fiscalYear=2566&asOf=2566-04');
    expect(small.totals.byTarget['1']).toMatchObject({
      budgetRequested: '0.3',
      budgetAllocated: '0.1',
      spent: '2500.25',
    });
    // B-01 serves target 1 too (shown there), but counts under target 2 only
    expect(small.projects.find((p) => p.code === 'B-01')).toMatchObject({
      targetNo: '2',
      extraTargetNos: ['1'],
    });
    expect(small.totals.byTarget['2']).toMatchObject({
      budgetRequested: '99999999999999.99',
      budgetAllocated: '0',
    });
    // beyond a double's precision: 99 999 999 999 999.99 + 0.3
    expect(small.totals.overall.budgetRequested).toBe('100000000000000.29');
    expect(small.totals.overall.budgetRequested).toBe(await sqlSum('budget_requested', PLAN_CODE));
  });

  it('guards the version: a stale form is refused (409), a milestone change alone is a new version', async () => {
    expectApiError(await patch('A-01', 2566, { version: null, priority: 2 }), 409, 'conflict');
    expectApiError(await patch('A-01', 2566, { version: 7, priority: 2 }), 409, 'conflict');
    const second = (await patch('A-01', 2566, { version: 1, priority: 2 })).json() as YearPlanView;
    expect(second).toMatchObject({ version: 2, priority: 2, budgetRequested: '0.1' });
    const third = (
      await patch('A-01', 2566, { version: 2, milestones: [{ period: '2566-04', plannedPercent: '40' }] })
    ).json() as YearPlanView;
    expect(third).toMatchObject({ version: 3, milestones: [{ period: '2566-04', plannedPercent: '40' }] });
    // the same again changes nothing
    const same = (
      await patch('A-01', 2566, { version: 3, milestones: [{ period: '2566-04', plannedPercent: '40.00' }] })
    ).json() as YearPlanView;
    expect(same.version).toBe(3);
    const { rows } = await t.db.query<{ before: unknown; after: unknown }>(
      `select before, after from audit_event where entity = 'project_year_plan' and action = 'update' order by id`,
    );
    expect(rows).toEqual([{ before: { priority: 1 }, after: { priority: 2 } }]);
    const { rows: milestones } = await t.db.query<{ before: unknown; after: unknown }>(
      `select before, after from audit_event where entity = 'project_milestone' and entity_id = $1 order by id`,
      [`${id('A-01')}:2566`],
    );
    expect(milestones.at(-1)).toEqual({
      before: { '2566-02': '20', '2566-04': '50' },
      after: { '2566-04': '40' },
    });
  });

  it('refuses what does not fit, naming the field in Thai and English', async () => {
    expectFieldIssue(
      await patch('A-01', 2566, {
        version: 3,
        milestones: [
          { period: '2566-01', plannedPercent: '60' },
          { period: '2566-03', plannedPercent: '40' },
        ],
      }),
      'milestones',
    );
    expectFieldIssue(
      await patch('A-01', 2566, { version: 3, milestones: [{ period: '2566-10', plannedPercent: '10' }] }),
      'milestones.0.period',
    );
    expectFieldIssue(
      await patch('A-01', 2566, { version: 3, milestones: [{ period: '2566-01', plannedPercent: '101' }] }),
      'milestones.0.plannedPercent',
    );
    expectFieldIssue(await patch('A-01', 2566, { version: 3, priority: 4 }), 'priority');
    expectFieldIssue(await patch('A-01', 2566, { version: 3, budgetRequested: '-1' }), 'budgetRequested');
    // A-01 runs in 2566 only
    expectFieldIssue(await patch('A-01', 2567, { version: null, priority: 1 }), 'fiscalYear');
    const after = await actionPlan(PLAN_CODE, 'fiscalYear=2566');
    expect(after.projects.find((p) => p.code === 'A-01')!.yearPlan).toMatchObject({
      version: 3,
      priority: 2,
    });
  });

  it('is for the central office only: 403 for others, 401 without a session, nothing written', async () => {
    const before = (await t.db.query('select count(*)::int as n from audit_event')).rows[0];
    for (const user of ['committee', 'focal.bhrdi', 'focal.pers'] as const) {
      expectApiError(await patch('A-01', 2566, { version: 3, priority: 1 }, user), 403, 'forbidden');
      expectApiError(await patch('P1-04', 2566, { version: 1, priority: 1 }, user), 403, 'forbidden');
    }
    const anonymous = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${id('A-01')}/action-plan/2566`,
      headers: changeHeaders(),
      payload: { version: 3, priority: 1 },
    });
    expectApiError(anonymous, 401, 'unauthorized');
    expect((await t.db.query('select count(*)::int as n from audit_event')).rows[0]).toEqual(before);
    const after = await actionPlan(PLAN_CODE, 'fiscalYear=2566');
    expect(after.projects.find((p) => p.code === 'A-01')!.yearPlan).toMatchObject({
      version: 3,
      priority: 2,
    });
  });
});
