/** The progress summary use case on the database: latest report wins, replaced / cancelled / unreported, fiscal years, the demo. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import type { Database } from '../../src/server/db/database';
import { loadDemo } from '../../src/server/demo/load-demo';
import { getProgressSummary } from '../../src/server/use-cases/monitoring/get-progress-summary';
import { importPlan } from '../../src/server/use-cases/monitoring/import-plan';
import { importReports } from '../../src/server/use-cases/monitoring/import-reports';
import { resetDatabase } from '../fixtures/db';
import {
  basePlanRows,
  csvBytes,
  PLAN_CODE,
  PLAN_NAME,
  REPORT_HEADERS,
  reportRow,
  type Row,
} from '../fixtures/files';
import {
  SEED_OVERALL,
  SEED_PLAN_CODE,
  SEED_SUMMARY_JSON,
  SEED_TARGETS,
  ZERO_COUNTS,
} from '../fixtures/seed-summary';
import { createTestDatabase } from '../helpers/test-db';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const report = (rows: Row[]) => importReports(db, OPERATOR, csvBytes(rows, REPORT_HEADERS));
const summary = (asOf: string, fiscalYear?: number) =>
  getProgressSummary(db, { planCode: PLAN_CODE, asOf, fiscalYear });

const zero = ZERO_COUNTS;

describe('summary of a small plan', () => {
  // targets 1 (A-01 2566, A-02 2566–2567), 2 (B-01 2566) and 10 (C-01 2567 only)
  beforeEach(async () => {
    await resetDatabase(db);
    await importPlan(db, OPERATOR, csvBytes(basePlanRows()));
  });

  it('with no reports: every project counted is not started and unreported; targets in order 1, 2, 10', async () => {
    expect(await summary('2566-05')).toEqual({
      plan: PLAN_CODE,
      planName: PLAN_NAME,
      fiscalYear: 2566,
      asOf: '2566-05',
      basis: 'submitted',
      overall: {
        ...zero,
        total: 3,
        notStarted: 3,
        unreported: 3,
        notStartedPct: 100,
        level: 'น้อยที่สุด',
      },
      targets: [
        {
          no: '1',
          name: 'องค์กรสมรรถนะสูง',
          ...zero,
          total: 2,
          notStarted: 2,
          unreported: 2,
          notStartedPct: 100,
          level: 'น้อยที่สุด',
        },
        {
          no: '2',
          name: 'บุคลากรพร้อมขับเคลื่อนยุทธศาสตร์',
          ...zero,
          total: 1,
          notStarted: 1,
          unreported: 1,
          notStartedPct: 100,
          level: 'น้อยที่สุด',
        },
        { no: '10', name: 'เป้าประสงค์ที่สิบ', ...zero },
      ],
    });
  });

  it('the latest report with period ≤ as-of wins', async () => {
    await report([
      reportRow('A-01', '2566-03', 'in_progress', { percent: '30' }),
      reportRow('A-01', '2566-05', 'completed', { percent: '100' }),
    ]);
    const a01 = async (asOf: string) => {
      const t1 = (await summary(asOf)).targets[0]!;
      return {
        completed: t1.completed,
        inProgress: t1.inProgress,
        notStarted: t1.notStarted,
        unreported: t1.unreported,
      };
    };
    expect(await a01('2566-02')).toEqual({ completed: 0, inProgress: 0, notStarted: 2, unreported: 2 });
    expect(await a01('2566-03')).toEqual({ completed: 0, inProgress: 1, notStarted: 1, unreported: 1 });
    expect(await a01('2566-04')).toEqual({ completed: 0, inProgress: 1, notStarted: 1, unreported: 1 });
    expect(await a01('2566-05')).toEqual({ completed: 1, inProgress: 0, notStarted: 1, unreported: 1 });
    expect(await a01('2566-09')).toEqual({ completed: 1, inProgress: 0, notStarted: 1, unreported: 1 });

    const may = await summary('2566-05');
    expect(may.targets[0]).toMatchObject({ total: 2, completedPct: 50, notStartedPct: 50, progressPct: 50 });
    expect(may.overall).toMatchObject({
      total: 3,
      completed: 1,
      notStarted: 2,
      unreported: 2,
      completedPct: 33.33,
      notStartedPct: 66.67,
      progressPct: 33.33,
      level: 'น้อยที่สุด',
    });
  });

  it('a later report going back to an earlier status still wins (no "best status" logic)', async () => {
    await report([reportRow('A-01', '2566-03', 'completed'), reportRow('A-01', '2566-04', 'in_progress')]);
    expect((await summary('2566-04')).targets[0]).toMatchObject({ completed: 0, inProgress: 1 });
  });

  it('a replaced report is not counted', async () => {
    await report([reportRow('A-01', '2566-05', 'completed')]);
    await report([reportRow('A-01', '2566-05', 'in_progress')]);
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from monthly_report');
    expect(rows[0]!.n).toBe(2);
    expect((await summary('2566-05')).targets[0]).toMatchObject({
      completed: 0,
      inProgress: 1,
      notStarted: 1,
      unreported: 1,
    });
  });

  it('a replaced later report does not hide an earlier current one', async () => {
    await report([reportRow('A-01', '2566-03', 'in_progress'), reportRow('A-01', '2566-05', 'completed')]);
    await report([reportRow('A-01', '2566-05', 'not_started')]);
    expect((await summary('2566-05')).targets[0]).toMatchObject({
      completed: 0,
      inProgress: 0,
      notStarted: 2,
    });
  });

  it('cancelled projects are counted as cancelled and left out of totals; unreported ones are not started', async () => {
    await report([reportRow('A-01', '2566-04', 'completed'), reportRow('B-01', '2566-04', 'ยกเลิก')]);
    const s = await summary('2566-05');
    expect(s.targets[0]).toMatchObject({
      total: 2,
      completed: 1,
      notStarted: 1,
      unreported: 1,
      cancelled: 0,
      completedPct: 50,
      notStartedPct: 50,
      progressPct: 50,
      level: 'น้อยที่สุด',
    });
    expect(s.targets[1]).toEqual({ no: '2', name: 'บุคลากรพร้อมขับเคลื่อนยุทธศาสตร์', ...zero, cancelled: 1 });
    expect(s.overall).toEqual({
      ...zero,
      total: 2,
      completed: 1,
      notStarted: 1,
      cancelled: 1,
      unreported: 1,
      completedPct: 50,
      notStartedPct: 50,
      progressPct: 50,
      level: 'น้อยที่สุด',
    });
  });

  it('counts only projects whose fiscal years include the fiscal year of the as-of month', async () => {
    await report([
      reportRow('C-01', '2566-10', 'in_progress'),
      reportRow('A-02', '2566-10', 'completed'),
      reportRow('A-01', '2566-09', 'completed'),
    ]);
    const fy2566 = await summary('2566-09');
    expect(fy2566.fiscalYear).toBe(2566);
    expect(fy2566.overall).toMatchObject({ total: 3, completed: 1, notStarted: 2 });
    expect(fy2566.targets.map((t) => [t.no, t.total])).toEqual([
      ['1', 2],
      ['2', 1],
      ['10', 0],
    ]);

    // 2566-10 opens fiscal year 2567: A-02 (2566–2567) and C-01 (2567) only
    const fy2567 = await summary('2566-10');
    expect(fy2567.fiscalYear).toBe(2567);
    expect(fy2567.overall).toMatchObject({
      total: 2,
      completed: 1,
      inProgress: 1,
      notStarted: 0,
      progressPct: 100,
    });
    expect(fy2567.overall.level).toBe('มากที่สุด');
    expect(fy2567.targets.map((t) => [t.no, t.total, t.level])).toEqual([
      ['1', 1, 'มากที่สุด'],
      ['2', 0, null],
      ['10', 1, 'มากที่สุด'],
    ]);
  });

  it('an explicit fiscal year overrides the one of the as-of month', async () => {
    await report([reportRow('C-01', '2566-05', 'in_progress'), reportRow('A-01', '2566-05', 'completed')]);
    const s = await summary('2566-05', 2567);
    expect(s.fiscalYear).toBe(2567);
    expect(s.asOf).toBe('2566-05');
    expect(s.overall).toMatchObject({ total: 2, inProgress: 1, notStarted: 1, unreported: 1 });
    expect(s.targets.map((t) => [t.no, t.total])).toEqual([
      ['1', 1],
      ['2', 0],
      ['10', 1],
    ]);
  });

  it('accepts the as-of month in Thai digits and prints it in Arabic digits', async () => {
    const s = await summary('๒๕๖๖-๐๕');
    expect(s.asOf).toBe('2566-05');
    expect(s.fiscalYear).toBe(2566);
  });

  it("uses the plan's own level scale, and the default when the stored one is unusable", async () => {
    await report([reportRow('A-01', '2566-05', 'completed')]);
    // overall 1 of 3 = 33.33 %
    await db.query('update plan set level_scale = $1 where code = $2', [
      JSON.stringify([
        { min: 0, label: 'ต่ำ' },
        { min: 30, label: 'พอใช้' },
      ]),
      PLAN_CODE,
    ]);
    let s = await summary('2566-05');
    expect(s.overall.level).toBe('พอใช้');
    expect(s.targets.map((t) => t.level)).toEqual(['พอใช้', 'ต่ำ', null]);

    await db.query('update plan set level_scale = $1 where code = $2', [
      JSON.stringify([{ min: 30, label: 'พอใช้' }]),
      PLAN_CODE,
    ]);
    s = await summary('2566-05');
    expect(s.overall.level).toBe('น้อยที่สุด');
  });

  it('an unknown plan is not found; a bad month is invalid input', async () => {
    await expect(getProgressSummary(db, { planCode: 'NOPE', asOf: '2566-05' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(summary('2566-13')).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(summary('05/2566')).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('summary of the demo (seed 000 §3.1, corrected)', () => {
  beforeAll(async () => {
    await resetDatabase(db);
    await loadDemo(db);
  });

  it('as of 2566-05 equals formats.md exactly: overall 73.21 % ปานกลาง and all five targets', async () => {
    const s = await getProgressSummary(db, { planCode: SEED_PLAN_CODE, asOf: '2566-05' });
    expect(s.overall).toEqual(SEED_OVERALL);
    expect(s.targets).toEqual(SEED_TARGETS);
    // The default basis counts every report sent up (docs/decisions/0006), as formats.md and the CLI do.
    const { planName: _planName, basis, ...contract } = s;
    expect(basis).toBe('submitted');
    expect(contract).toEqual(SEED_SUMMARY_JSON);
  });

  it('with fiscal year 2566 given explicitly, the same', async () => {
    const s = await getProgressSummary(db, { planCode: SEED_PLAN_CODE, asOf: '2566-05', fiscalYear: 2566 });
    expect(s.overall).toEqual(SEED_OVERALL);
  });

  it('before any report (2565-09, fiscal year 2565) no project runs; in 2565-10 most are unreported', async () => {
    const before = await getProgressSummary(db, { planCode: SEED_PLAN_CODE, asOf: '2565-09' });
    expect(before.fiscalYear).toBe(2565);
    expect(before.overall).toEqual(zero);

    const october = await getProgressSummary(db, { planCode: SEED_PLAN_CODE, asOf: '2565-10' });
    expect(october.overall.total).toBe(56);
    expect(october.overall.unreported).toBeGreaterThan(0);
    expect(october.overall.completed + october.overall.inProgress + october.overall.notStarted).toBe(56);
  });
});
