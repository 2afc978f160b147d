/**
 * The plan overview dashboard (GET /api/plans/:code/overview) and the agency page
 * (GET /api/agencies/:code/overview) on the demo. Progress is checked against the seed table and the summary
 * endpoint month by month; money against PostgreSQL's own exact numeric sums written here; the agency's
 * parts against the endpoints that own them (timeliness, attention) and SQL — never the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanOverviewResponse, UnitOverviewResponse } from '../../src/shared/api/monitoring/dashboard';
import type { AttentionResponse } from '../../src/shared/api/monitoring/follow-up';
import type { SummaryResponse } from '../../src/shared/api/monitoring/summary';
import type { TimelinessResponse } from '../../src/shared/api/monitoring/timeliness';
import { SEED_OVERALL, SEED_TARGETS } from '../fixtures/seed-summary';
import {
  createTestApp,
  DEMO_PLAN,
  defaultLevel,
  expectApiError,
  expectFieldIssue,
  pct,
  type DemoUser,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
const cookies = {} as Record<DemoUser, string>;

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'focal.pers', 'focal.bhrdi', 'approver.bhrdi', 'committee'] as const) {
    cookies[user] = await t.login(user);
  }
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, user: DemoUser | null = 'committee') =>
  t.app.inject({ method: 'GET', url, headers: user ? { cookie: cookies[user] } : {} });
const overview = async (query: string, user: DemoUser = 'committee') => {
  const res = await get(`/api/plans/${DEMO_PLAN}/overview?${query}`, user);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json() as PlanOverviewResponse;
};
const unitOverview = async (code: string, user: DemoUser = 'committee', query = 'asOf=2566-05') => {
  const res = await get(`/api/agencies/${code}/overview?plan=${DEMO_PLAN}&${query}`, user);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json() as UnitOverviewResponse;
};

/** "123000.00" and "123000" are the same money: compare canonical text, never floats. */
const money = (text: string | null) =>
  text === null ? '0' : text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;

const FY_MONTHS = ['2565-10', '2565-11', '2565-12', '2566-01', '2566-02', '2566-03', '2566-04', '2566-05'];
const COUNTED = ['submitted', 'approved', 'accepted'];

/** Planned money per target of projects running in FY 2566 (optionally of one unit), by PostgreSQL. */
async function plannedBySql(unitCode?: string) {
  const { rows } = await t.db.query<{ no: string; planned: string | null }>(
    `select t.no, sum(coalesce(yp.budget_allocated, yp.budget_requested, p.budget))::text as planned
       from project p join plan on plan.id = p.plan_id
       join strategy s on s.id = p.strategy_id join strategic_target t on t.id = s.target_id
       left join project_year_plan yp on yp.project_id = p.id and yp.fiscal_year = 2566
       left join org_unit u on u.id = p.owner_unit_id
      where plan.code = $1 and p.fiscal_year_from <= 2566 and p.fiscal_year_to >= 2566
        and ($2::text is null or u.code = $2)
      group by t.no`,
    [DEMO_PLAN, unitCode ?? null],
  );
  return new Map(rows.map((r) => [r.no, money(r.planned)]));
}

/**
 * Spent during FY 2566 up to 2566-05 per target: each project's latest cumulative `spent` reported in the
 * year minus its latest before the year (formats.md: spent is baht disbursed so far).
 */
async function spentBySql(unitCode?: string) {
  const { rows } = await t.db.query<{ no: string; spent: string | null }>(
    `with cur as (
       select distinct on (m.project_id) m.project_id, m.spent from monthly_report m
        where m.superseded_at is null and m.state = any($3::text[]) and m.spent is not null
          and m.period between 256510 and 256605
        order by m.project_id, m.period desc),
     prior as (
       select distinct on (m.project_id) m.project_id, m.spent from monthly_report m
        where m.superseded_at is null and m.state = any($3::text[]) and m.spent is not null
          and m.period < 256510
        order by m.project_id, m.period desc)
     select t.no, sum(cur.spent - coalesce(prior.spent, 0))::text as spent
       from cur join project p on p.id = cur.project_id join plan on plan.id = p.plan_id
       join strategy s on s.id = p.strategy_id join strategic_target t on t.id = s.target_id
       left join prior on prior.project_id = cur.project_id
       left join org_unit u on u.id = p.owner_unit_id
      where plan.code = $1 and p.fiscal_year_from <= 2566 and p.fiscal_year_to >= 2566
        and ($2::text is null or u.code = $2)
      group by t.no`,
    [DEMO_PLAN, unitCode ?? null, COUNTED],
  );
  return new Map(rows.map((r) => [r.no, money(r.spent)]));
}

const total = async (byTarget: Map<string, string>) => {
  const { rows } = await t.db.query<{ sum: string }>(
    'select coalesce(sum(x), 0)::text as sum from unnest($1::numeric[]) as x',
    [[...byTarget.values()]],
  );
  return money(rows[0]!.sum);
};

describe('plan overview', () => {
  it('as of 2566-05: the seed table per target and overall, 73.21 % ปานกลาง', async () => {
    const body = await overview('asOf=2566-05&fiscalYear=2566');
    expect(body.summary.overall).toEqual(SEED_OVERALL);
    expect(body.summary.targets).toEqual(SEED_TARGETS);
    expect(body.summary.asOf).toBe('2566-05');
    expect(body.trend.map((p) => p.period)).toEqual(FY_MONTHS);
    const may = body.trend.at(-1)!;
    expect(may.overall).toEqual({ progressPct: 73.21, level: 'ปานกลาง' });
    expect(may.targets).toEqual(
      SEED_TARGETS.map((s) => ({ no: s.no, progressPct: s.progressPct, level: s.level })),
    );
  });

  it.each(['submitted', 'accepted'] as const)(
    'each trend point equals the summary endpoint for that month (basis %s)',
    async (basis) => {
      const body = await overview(`asOf=2566-05&basis=${basis}`);
      for (const point of body.trend) {
        const res = await get(`/api/plans/${DEMO_PLAN}/summary?asOf=${point.period}&basis=${basis}`);
        const summary = res.json() as SummaryResponse;
        expect(point.overall, point.period).toEqual({
          progressPct: summary.overall.progressPct,
          level: summary.overall.level,
        });
        expect(point.targets, point.period).toEqual(
          summary.targets.map((s) => ({ no: s.no, progressPct: s.progressPct, level: s.level })),
        );
      }
    },
  );

  it('a trend point is the exact share of projects reported started or done by that month', async () => {
    const body = await overview('asOf=2566-05');
    for (const period of ['2565-12', '2566-03']) {
      const key = Number(period.replace('-', ''));
      const { rows } = await t.db.query<{ total: number; moving: number }>(
        `select count(*) filter (where coalesce(r.status, 'not_started') <> 'cancelled')::int as total,
                count(*) filter (where r.status in ('completed', 'in_progress'))::int as moving
           from project p join plan on plan.id = p.plan_id
           left join lateral (select m.status from monthly_report m
                  where m.project_id = p.id and m.superseded_at is null and m.period <= $2
                    and m.state = any($3::text[]) order by m.period desc limit 1) r on true
          where plan.code = $1 and p.fiscal_year_from <= 2566 and p.fiscal_year_to >= 2566`,
        [DEMO_PLAN, key, COUNTED],
      );
      const expected = pct(rows[0]!.moving, rows[0]!.total);
      const point = body.trend.find((p) => p.period === period)!;
      expect(point.overall).toEqual({ progressPct: expected, level: defaultLevel(expected) });
    }
  });

  it('trend starts in October and stops at the as-of month', async () => {
    const body = await overview('asOf=2565-12');
    expect(body.trend.map((p) => p.period)).toEqual(['2565-10', '2565-11', '2565-12']);
  });

  it('budget: planned and spent per target and overall equal exact SQL sums', async () => {
    const body = await overview('asOf=2566-05', 'admin');
    const planned = await plannedBySql();
    const spent = await spentBySql();
    expect(body.budget.scope).toBe('all');
    expect(body.budget.targets.map((x) => x.no)).toEqual(['1', '2', '3', '4', '5']);
    for (const target of body.budget.targets) {
      expect(target.planned, `T${target.no} planned`).toBe(planned.get(target.no) ?? '0');
      expect(target.spent, `T${target.no} spent`).toBe(spent.get(target.no) ?? '0');
    }
    expect(body.budget.overall.planned).toBe(await total(planned));
    expect(body.budget.overall.spent).toBe(await total(spent));
    expect(Number(body.budget.overall.spent)).toBeGreaterThan(0);
    // Month by month: the running total ends at the year's spending.
    expect(body.budget.months.map((m) => m.period)).toEqual(FY_MONTHS);
    expect(body.budget.months.at(-1)!.cumulative).toBe(body.budget.overall.spent);
  });

  it("budget: a month's spending is the rise of each project's cumulative figure in that month", async () => {
    const body = await overview('asOf=2566-05', 'admin');
    const { rows } = await t.db.query<{ sum: string | null }>(
      `select sum(m.spent - coalesce((select b.spent from monthly_report b
                 where b.project_id = m.project_id and b.superseded_at is null and b.state = any($2::text[])
                   and b.spent is not null and b.period < m.period order by b.period desc limit 1), 0))::text as sum
         from monthly_report m join project p on p.id = m.project_id join plan on plan.id = p.plan_id
        where plan.code = $1 and m.period = 256605 and m.superseded_at is null and m.state = any($2::text[])
          and m.spent is not null and p.fiscal_year_from <= 2566 and p.fiscal_year_to >= 2566`,
      [DEMO_PLAN, COUNTED],
    );
    expect(body.budget.months.find((m) => m.period === '2566-05')!.spent).toBe(money(rows[0]!.sum));
  });

  it("a focal point's budget is their own unit's; progress stays whole", async () => {
    const body = await overview('asOf=2566-05', 'focal.bhrdi');
    expect(body.budget.scope).toBe('own_unit');
    expect(body.budget.overall.planned).toBe(await total(await plannedBySql('BHRDI')));
    expect(body.budget.overall.spent).toBe(await total(await spentBySql('BHRDI')));
    expect(body.summary.overall).toEqual(SEED_OVERALL);
  });

  it('401 without a session, 400 for a month outside the fiscal year or not a month, 404 for no plan', async () => {
    expectApiError(await get(`/api/plans/${DEMO_PLAN}/overview?asOf=2566-05`, null), 401, 'unauthorized');
    expectFieldIssue(await get(`/api/plans/${DEMO_PLAN}/overview?asOf=2566-05&fiscalYear=2567`), 'asOf');
    expectFieldIssue(await get(`/api/plans/${DEMO_PLAN}/overview?asOf=2566-13`), 'asOf');
    expectFieldIssue(await get(`/api/plans/${DEMO_PLAN}/overview`), 'asOf');
    expectApiError(await get('/api/plans/NO-SUCH-PLAN/overview?asOf=2566-05'), 404, 'not_found');
  });
});

describe('agency page', () => {
  const bhrdiProjects = async () => {
    const { rows } = await t.db.query<{ code: string }>(
      `select p.code from project p join plan on plan.id = p.plan_id join org_unit u on u.id = p.owner_unit_id
        where plan.code = $1 and u.code = 'BHRDI' and p.fiscal_year_from <= 2566 and p.fiscal_year_to >= 2566
        order by p.code`,
      [DEMO_PLAN],
    );
    return rows.map((r) => r.code);
  };

  it("lists exactly BHRDI's projects with their latest status, counted as the summary counts", async () => {
    const body = await unitOverview('BHRDI');
    const codes = await bhrdiProjects();
    expect(codes.length).toBeGreaterThan(3);
    expect(body.unit.code).toBe('BHRDI');
    expect(body.projects.map((p) => p.code)).toEqual(codes);
    const { rows } = await t.db.query<{ code: string; status: string | null }>(
      `select p.code, r.status from project p join org_unit u on u.id = p.owner_unit_id
         left join lateral (select m.status from monthly_report m where m.project_id = p.id
               and m.superseded_at is null and m.period <= 256605 and m.state = any($1::text[])
               order by m.period desc limit 1) r on true
        where u.code = 'BHRDI' and p.code = any($2::text[])`,
      [COUNTED, codes],
    );
    const status = new Map(rows.map((r) => [r.code, r.status]));
    for (const p of body.projects) expect(p.status, p.code).toBe(status.get(p.code) ?? null);
    const count = (s: string) => rows.filter((r) => (r.status ?? 'not_started') === s).length;
    const counted = rows.length - count('cancelled');
    const progress = pct(count('completed') + count('in_progress'), counted);
    expect(body.counts).toMatchObject({
      total: counted,
      completed: count('completed'),
      inProgress: count('in_progress'),
      notStarted: count('not_started'),
      progressPct: progress,
      level: defaultLevel(progress),
    });
  });

  it('timeliness and needs-attention are those of the pages that own them, narrowed to BHRDI', async () => {
    const body = await unitOverview('BHRDI', 'admin');
    const tl = (await get(`/api/timeliness?plan=${DEMO_PLAN}&from=2565-10&to=2566-05`, 'admin')).json();
    const agency = (tl as TimelinessResponse).agencies.find((a) => a.unit.code === 'BHRDI')!;
    expect(body.timeliness.totals).toEqual(agency.totals);
    expect(body.timeliness.months.map((m) => m.period)).toEqual(FY_MONTHS);
    const attention = (await get(`/api/plans/${DEMO_PLAN}/attention?asOf=2566-05`, 'admin')).json();
    const flagged = (attention as AttentionResponse).targets
      .flatMap((x) => x.projects)
      .filter((p) => p.ownerUnit?.code === 'BHRDI')
      .map((p) => p.code);
    expect(body.attention.map((p) => p.code).sort()).toEqual(flagged.sort());
    const { rows } = await t.db.query<{ n: number }>(
      `select count(*)::int as n from problem pr join project p on p.id = pr.project_id
         join plan on plan.id = p.plan_id join org_unit u on u.code = 'BHRDI'
        where plan.code = $1 and pr.status in ('open', 'in_progress')
          and (p.owner_unit_id = u.id or pr.action_unit_id = u.id)`,
      [DEMO_PLAN],
    );
    expect(body.problems).toHaveLength(rows[0]!.n);
  });

  it("budget is BHRDI's planned and spent, exactly", async () => {
    const body = await unitOverview('BHRDI', 'approver.bhrdi');
    expect(body.budget.overall.planned).toBe(await total(await plannedBySql('BHRDI')));
    expect(body.budget.overall.spent).toBe(await total(await spentBySql('BHRDI')));
  });

  it('scope: 401 anonymous, 400 without a plan, 404 unknown unit, 403 another agency, 200 own or reader', async () => {
    const url = (code: string) => `/api/agencies/${code}/overview?plan=${DEMO_PLAN}&asOf=2566-05`;
    expectApiError(await get(url('BHRDI'), null), 401, 'unauthorized');
    expectFieldIssue(await get('/api/agencies/BHRDI/overview?asOf=2566-05', 'admin'), 'plan');
    expectApiError(await get(url('NO-SUCH-UNIT'), 'admin'), 404, 'not_found');
    expectApiError(await get(url('BHRDI'), 'focal.pers'), 403, 'forbidden');
    expectApiError(await get(url('PERS'), 'focal.bhrdi'), 403, 'forbidden');
    expectApiError(await get(url('PERS'), 'approver.bhrdi'), 403, 'forbidden');
    for (const user of ['admin', 'committee', 'focal.bhrdi', 'approver.bhrdi'] as const) {
      expect((await get(url('BHRDI'), user)).statusCode, user).toBe(200);
    }
    expect((await get(url('PERS'), 'focal.pers')).statusCode).toBe(200);
  });
});
