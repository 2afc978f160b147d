/** GET /api/plans/:code/summary on the untouched demo: exactly the example of formats.md. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryResponse } from '../../src/shared/api/monitoring';
import {
  createTestApp,
  defaultLevel,
  DEMO_PLAN,
  expectApiError,
  expectFieldIssue,
  pct,
  type TestApp,
} from '../helpers/api-app';

let t: TestApp;
let cookie = '';

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('committee');
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, headers: Record<string, string> = { cookie }) =>
  t.app.inject({ method: 'GET', url, headers });

/** Counts with every percentage and the level derived from them as formats.md defines. */
function counts(completed: number, inProgress: number, notStarted: number) {
  const total = completed + inProgress + notStarted;
  const progressPct = pct(completed + inProgress, total);
  return {
    total,
    completed,
    inProgress,
    notStarted,
    cancelled: 0,
    unreported: 0,
    completedPct: pct(completed, total),
    inProgressPct: pct(inProgress, total),
    notStartedPct: pct(notStarted, total),
    progressPct,
    level: defaultLevel(progressPct),
  };
}

describe('GET /api/plans/HR-2566-2570/summary?asOf=2566-05', () => {
  let summary: SummaryResponse;

  beforeAll(async () => {
    const res = await get(`/api/plans/${DEMO_PLAN}/summary?asOf=2566-05`);
    expect(res.statusCode).toBe(200);
    summary = res.json() as SummaryResponse;
  });

  it('names the plan, the fiscal year and the month', () => {
    expect(summary.plan).toBe(DEMO_PLAN);
    expect(summary.fiscalYear).toBe(2566);
    expect(summary.asOf).toBe('2566-05');
    expect(summary.planName).toBe('แผนยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานคร (พ.ศ.๒๕๖๖-๒๕๗๐)');
  });

  it('overall equals the example of formats.md exactly', () => {
    expect(summary.overall).toEqual({
      total: 56,
      completed: 13,
      inProgress: 28,
      notStarted: 15,
      cancelled: 0,
      unreported: 0,
      completedPct: 23.21,
      inProgressPct: 50,
      notStartedPct: 26.79,
      progressPct: 73.21,
      level: 'ปานกลาง',
    });
  });

  it('lists the targets 1..5 in order with the counts of the minutes', () => {
    expect(summary.targets.map((x) => x.no)).toEqual(['1', '2', '3', '4', '5']);
    const table = summary.targets.map((x) => [x.completed, x.inProgress, x.notStarted]);
    expect(table).toEqual([
      [3, 8, 2],
      [2, 2, 8],
      [4, 10, 2],
      [4, 6, 2],
      [0, 2, 1],
    ]);
  });

  it('gives each target its progress and level', () => {
    expect(summary.targets.map((x) => [x.progressPct, x.level])).toEqual([
      [84.62, 'มาก'],
      [33.33, 'น้อยที่สุด'],
      [87.5, 'มาก'],
      [83.33, 'มาก'],
      [66.67, 'น้อย'],
    ]);
  });

  it('target 1 matches the formats.md example field for field', () => {
    expect(summary.targets[0]).toEqual({
      no: '1',
      name: 'พัฒนากรุงเทพมหานครให้เป็นองค์กรสมรรถนะสูง เป็นองค์กรแห่งความสุข (HR High Quality : Happiness & High Performance)',
      total: 13,
      completed: 3,
      inProgress: 8,
      notStarted: 2,
      cancelled: 0,
      unreported: 0,
      completedPct: 23.08,
      inProgressPct: 61.54,
      notStartedPct: 15.38,
      progressPct: 84.62,
      level: 'มาก',
    });
  });

  it('every target’s percentages are the exact half-up rounding of its counts', () => {
    const expected = [counts(3, 8, 2), counts(2, 2, 8), counts(4, 10, 2), counts(4, 6, 2), counts(0, 2, 1)];
    expect(summary.targets.map(({ no: _no, name: _name, ...rest }) => rest)).toEqual(expected);
    expect(summary.targets.reduce((sum, x) => sum + x.total, 0)).toBe(summary.overall.total);
  });

  it('answers the same to every signed-in role', async () => {
    for (const user of ['admin', 'focal.pers', 'approver.bhrdi'] as const) {
      const res = await get(`/api/plans/${DEMO_PLAN}/summary?asOf=2566-05`, { cookie: await t.login(user) });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(summary);
    }
  });
});

describe('GET /api/plans/:code/summary — other months and refusals', () => {
  it('an earlier month counts the projects not yet reported as unreported and not started', async () => {
    const res = await get(`/api/plans/${DEMO_PLAN}/summary?asOf=2565-10`);
    expect(res.statusCode).toBe(200);
    const { overall } = res.json() as SummaryResponse;
    expect(overall.total).toBe(56);
    expect(overall.completed + overall.inProgress + overall.notStarted).toBe(56);
    expect(overall.unreported).toBeGreaterThan(0);
    expect(overall.notStarted).toBeGreaterThanOrEqual(overall.unreported);
    expect(overall.progressPct).toBe(pct(overall.completed + overall.inProgress, overall.total));
  });

  it('a fiscal year without projects gives totals of 0, percentages 0 and level null', async () => {
    const res = await get(`/api/plans/${DEMO_PLAN}/summary?asOf=2566-05&fiscalYear=2571`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as SummaryResponse;
    expect(body.fiscalYear).toBe(2571);
    expect(body.targets).toHaveLength(5);
    for (const counted of [body.overall, ...body.targets]) {
      expect(counted).toMatchObject({
        total: 0,
        completedPct: 0,
        inProgressPct: 0,
        notStartedPct: 0,
        progressPct: 0,
        level: null,
      });
    }
  });

  it('an unknown plan → 404 with a bilingual message naming it', async () => {
    const res = await get('/api/plans/HR-2599-2600/summary?asOf=2566-05');
    const error = expectApiError(res, 404, 'not_found');
    expect(error.message).toEqual({ th: 'ไม่พบแผน HR-2599-2600', en: 'Plan HR-2599-2600 not found' });
  });

  it('asOf missing → 400 naming asOf', async () => {
    expectFieldIssue(await get(`/api/plans/${DEMO_PLAN}/summary`), 'asOf');
  });

  it.each(['2566-5', '2566-13', '2566-00', 'May 2023', '256605'])(
    'asOf=%s → 400 naming asOf',
    async (asOf) => {
      expectFieldIssue(await get(`/api/plans/${DEMO_PLAN}/summary?asOf=${encodeURIComponent(asOf)}`), 'asOf');
    },
  );

  it('a fiscalYear that is not a BE year → 400 naming fiscalYear', async () => {
    expectFieldIssue(await get(`/api/plans/${DEMO_PLAN}/summary?asOf=2566-05&fiscalYear=2023`), 'fiscalYear');
  });

  it('401 without a session', async () => {
    expectApiError(await get(`/api/plans/${DEMO_PLAN}/summary?asOf=2566-05`, {}), 401, 'unauthorized');
  });
});
