/**
 * Round reports (GET /api/plans/:code/rounds, issue 14.12) on the demo: every figure is checked against
 * PostgreSQL's own counts and exact sums written here (statuses of the latest accepted report as of each
 * round's last month, money planned and spent), the key results against their own endpoint, and the
 * year-on-year change against the previous year's answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyResultsResponse } from '../../src/shared/api/monitoring/key-results';
import type { RoundFigures, RoundsResponse } from '../../src/shared/api/monitoring/rounds';
import {
  createTestApp,
  DEMO_PLAN,
  expectFieldIssue,
  pct,
  type DemoUser,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
const cookies = {} as Record<DemoUser, string>;

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  for (const user of ['focal.pers', 'committee'] as const) cookies[user] = await t.login(user);
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, user: DemoUser = 'committee') =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookies[user] } });
async function rounds(fiscalYear: number, user: DemoUser = 'committee') {
  const res = await get(`/api/plans/${DEMO_PLAN}/rounds?fiscalYear=${fiscalYear}`, user);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json() as RoundsResponse;
}

const ENDS = { 2566: [256512, 256603, 256606, 256609], 2567: [256612, 256703, 256706, 256709] } as const;
const money = (text: string) => (text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text);
const sql = async <T>(text: string, params: unknown[]) => (await t.db.query<T>(text, params)).rows;

/** Status counts as of a month from the records: each project's latest accepted report (none: not started). */
async function statusBySql(fy: number, end: number) {
  const rows = await sql<{ status: string | null; n: number }>(
    `select r.status, count(*)::int as n
       from project p join plan on plan.id = p.plan_id
       left join lateral (select m.status from monthly_report m
                           where m.project_id = p.id and m.superseded_at is null and m.state = 'accepted'
                             and m.period <= $2 order by m.period desc limit 1) r on true
      where plan.code = $1 and p.fiscal_year_from <= $3 and p.fiscal_year_to >= $3
      group by r.status`,
    [DEMO_PLAN, end, fy],
  );
  const n = (s: string | null) => rows.find((r) => r.status === s)?.n ?? 0;
  const completed = n('completed');
  const inProgress = n('in_progress');
  const notStarted = n('not_started') + n(null);
  const total = completed + inProgress + notStarted;
  return {
    total,
    completed,
    inProgress,
    notStarted,
    cancelled: n('cancelled'),
    unreported: n(null),
    progressPct: pct(completed + inProgress, total),
  };
}

/** Planned (the year plan's allocated, else requested, else the project's budget) and spent from October to `end`. */
async function moneyBySql(fy: number, end: number, unitId: number | null = null) {
  const [row] = await sql<{ planned: string; spent: string; share: string | null }>(
    `with scope as (
       select p.* from project p join plan on plan.id = p.plan_id
        where plan.code = $1 and p.fiscal_year_from <= $2 and p.fiscal_year_to >= $2
          and ($5::int is null or p.owner_unit_id = $5)),
     cur as (
       select distinct on (m.project_id) m.project_id, m.spent from monthly_report m
        where m.superseded_at is null and m.state = 'accepted' and m.spent is not null
          and m.period between $3 and $4 order by m.project_id, m.period desc),
     prior as (
       select distinct on (m.project_id) m.project_id, m.spent from monthly_report m
        where m.superseded_at is null and m.state = 'accepted' and m.spent is not null and m.period < $3
        order by m.project_id, m.period desc),
     figures as (
       select (select coalesce(sum(coalesce(yp.budget_allocated, yp.budget_requested, s.budget)), 0)
                 from scope s left join project_year_plan yp on yp.project_id = s.id and yp.fiscal_year = $2)
                as planned,
              (select coalesce(sum(cur.spent - coalesce(prior.spent, 0)), 0)
                 from scope s join cur on cur.project_id = s.id left join prior on prior.project_id = s.id)
                as spent)
     select planned::text, spent::text,
            case when planned > 0 then round(spent * 100 / planned, 2)::text end as share
       from figures`,
    [DEMO_PLAN, fy, (fy - 1) * 100 + 10, end, unitId],
  );
  return { planned: money(row!.planned), spent: money(row!.spent), spentPct: Number(row!.share ?? 0) };
}

async function keyResultsMet(fy: number, end: number) {
  const asOf = `${Math.floor(end / 100)}-${String(end % 100).padStart(2, '0')}`;
  const res = await get(`/api/plans/${DEMO_PLAN}/key-results?fiscalYear=${fy}&asOf=${asOf}`);
  const body = res.json() as KeyResultsResponse;
  const all = body.targets.flatMap((target) => target.keyResults);
  const met = all.filter((k) => k.latest?.met === true).length;
  const noData = all.filter((k) => k.latest === null).length;
  return { total: all.length, met, notMet: all.length - met - noData, noData };
}

async function expectFromRecords(figures: RoundFigures, fy: 2566 | 2567, end: number) {
  expect(figures.fiscalYear).toBe(fy);
  expect(figures.status).toMatchObject(await statusBySql(fy, end));
  expect(figures.keyResults).toEqual(await keyResultsMet(fy, end));
  const m = await moneyBySql(fy, end);
  expect({
    ...figures.budget,
    planned: money(figures.budget.planned),
    spent: money(figures.budget.spent),
  }).toEqual(m);
}

describe('round reports on the demo', () => {
  it('FY 2566: four rounds from accepted reports as of December, March, June and September', async () => {
    const body = await rounds(2566);
    expect(body).toMatchObject({ plan: DEMO_PLAN, fiscalYear: 2566, basis: 'accepted', budgetScope: 'all' });
    expect(body.latestMonth).toBe('2566-05');
    expect(body.rounds.map((r) => [r.months, r.from, r.to, r.coveredMonths, r.reached])).toEqual([
      [3, '2565-10', '2565-12', 3, true],
      [6, '2565-10', '2566-03', 6, true],
      [9, '2565-10', '2566-06', 9, false],
      [12, '2565-10', '2566-09', 12, false],
    ]);
    for (const [i, round] of body.rounds.entries()) {
      await expectFromRecords(round.current, 2566, ENDS[2566][i]!);
      // The plan starts in 2566: there is no year before to compare with.
      expect(round.previous).toBeNull();
      expect(round.change).toBeNull();
    }
    // Exact figures the demo holds (checked above against SQL; written out so a change of the demo shows).
    expect(body.rounds[1]!.current.status).toMatchObject({ total: 56, completed: 9, inProgress: 32 });
    expect(body.rounds[1]!.current.keyResults).toEqual({ total: 9, met: 0, notMet: 9, noData: 0 });
  });

  it('each round equals the summary page (accepted reports) as of its last month', async () => {
    const body = await rounds(2566);
    for (const round of body.rounds) {
      const res = await get(
        `/api/plans/${DEMO_PLAN}/summary?asOf=${round.to}&fiscalYear=2566&basis=accepted`,
      );
      const { overall } = res.json() as { overall: RoundFigures['status'] };
      expect(round.current.status).toEqual({
        total: overall.total,
        completed: overall.completed,
        inProgress: overall.inProgress,
        notStarted: overall.notStarted,
        cancelled: overall.cancelled,
        unreported: overall.unreported,
        progressPct: overall.progressPct,
        level: overall.level,
      });
    }
  });

  it('FY 2567 beside FY 2566: the same round a year before and the change with its sign', async () => {
    const [now, before] = [await rounds(2567), await rounds(2566)];
    expect(now.latestMonth).toBe('2566-05');
    expect(now.rounds.map((r) => r.reached)).toEqual([false, false, false, false]);
    for (const [i, round] of now.rounds.entries()) {
      await expectFromRecords(round.current, 2567, ENDS[2567][i]!);
      expect(round.previous).toEqual(before.rounds[i]!.current);
      const c = round.current;
      const p = round.previous!;
      const [diff] = await sql<{ planned: string; spent: string }>(
        'select ($1::numeric - $2::numeric)::text as planned, ($3::numeric - $4::numeric)::text as spent',
        [c.budget.planned, p.budget.planned, c.budget.spent, p.budget.spent],
      );
      expect(round.change).toEqual({
        total: c.status.total - p.status.total,
        completed: c.status.completed - p.status.completed,
        inProgress: c.status.inProgress - p.status.inProgress,
        notStarted: c.status.notStarted - p.status.notStarted,
        cancelled: c.status.cancelled - p.status.cancelled,
        progressPct: Math.round((c.status.progressPct - p.status.progressPct) * 100) / 100,
        keyResultsMet: c.keyResults.met - p.keyResults.met,
        keyResultsTotal: c.keyResults.total - p.keyResults.total,
        planned: money(diff!.planned),
        spent: money(diff!.spent),
        spentPct: Math.round((c.budget.spentPct - p.budget.spentPct) * 100) / 100,
      });
    }
    // FY 2567 has no key results and no accepted report yet: the change of the first round is all loss.
    expect(now.rounds[0]!.change).toMatchObject({
      keyResultsTotal: -9,
      spent: money(`-${before.rounds[0]!.current.budget.spent}`),
    });
  });

  it("a focal point's money is their own unit's; progress stays whole", async () => {
    const [mine, all] = [await rounds(2566, 'focal.pers'), await rounds(2566)];
    expect(mine.budgetScope).toBe('own_unit');
    const [user] = await sql<{ unit_id: number }>(
      `select unit_id from app_user where username = 'focal.pers'`,
      [],
    );
    for (const [i, round] of mine.rounds.entries()) {
      expect(round.current.status).toEqual(all.rounds[i]!.current.status);
      const m = await moneyBySql(2566, ENDS[2566][i]!, user!.unit_id);
      expect({
        ...round.current.budget,
        planned: money(round.current.budget.planned),
        spent: money(round.current.budget.spent),
      }).toEqual(m);
    }
    expect(money(mine.rounds[3]!.current.budget.planned)).not.toBe(
      money(all.rounds[3]!.current.budget.planned),
    );
  });

  it('refuses a fiscal year outside the plan, naming the field', async () => {
    expectFieldIssue(await get(`/api/plans/${DEMO_PLAN}/rounds?fiscalYear=2580`), 'fiscalYear');
    expect((await get('/api/plans/NO-SUCH/rounds?fiscalYear=2566')).statusCode).toBe(404);
  });

  it('serves the round paper as DOCX and XLSX', async () => {
    for (const [format, type] of [
      ['docx', 'wordprocessingml'],
      ['xlsx', 'spreadsheetml'],
    ] as const) {
      const res = await get(`/api/plans/${DEMO_PLAN}/rounds.${format}?fiscalYear=2567`);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers['content-type']).toContain(type);
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
  });
});
