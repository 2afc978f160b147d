import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetOverview,
  monthsUpTo,
  plannedBudget,
  progressTrend,
  statusAsOf,
  type BudgetProject,
} from '../../src/domain/monitoring/dashboard';
import { progressSummary } from '../../src/domain/monitoring/progress-summary';
import type { ProjectStatus } from '../../src/domain/monitoring/project-status';
import { SEED_OVERALL, SEED_TARGETS, SEED_TARGET_NAMES, seedProjects } from '../fixtures/seed-summary';

const TARGETS = Object.entries(SEED_TARGET_NAMES).map(([no, name]) => ({ no, name }));

describe('status as of a month', () => {
  const reports = [
    { period: 256511, status: 'in_progress' as const },
    { period: 256602, status: 'completed' as const },
    { period: 256510, status: 'not_started' as const },
  ];
  it('is the latest report up to the month, in any order, and null before the first', () => {
    expect(statusAsOf(reports, 256509)).toBeNull();
    expect(statusAsOf(reports, 256510)).toBe('not_started');
    expect(statusAsOf(reports, 256601)).toBe('in_progress');
    expect(statusAsOf(reports, 256605)).toBe('completed');
    expect(statusAsOf([], 256605)).toBeNull();
  });
});

describe('the months of a trend', () => {
  it('run from October of the fiscal year up to the as-of month', () => {
    expect(monthsUpTo(2566, 256605)).toEqual([
      256510, 256511, 256512, 256601, 256602, 256603, 256604, 256605,
    ]);
    expect(monthsUpTo(2566, 256510)).toEqual([256510]);
    expect(monthsUpTo(2566, 256609)).toHaveLength(12);
    expect(monthsUpTo(2566, 256509)).toEqual([]);
  });
});

describe('progress trend', () => {
  it('ends on the seed table of May 2566 when every project reported in May', () => {
    const projects = seedProjects().map((p) => ({
      targetNo: p.targetNo,
      fiscalYearFrom: 2566,
      fiscalYearTo: 2570,
      reports: [{ period: 256605, status: p.latestStatus }],
    }));
    const trend = progressTrend({ targets: TARGETS, projects, fiscalYear: 2566, months: [256604, 256605] });
    expect(trend.map((p) => p.period)).toEqual([256604, 256605]);
    // April: nobody had reported yet, so everything counts as not started.
    expect(trend[0]!.summary.overall).toMatchObject({
      total: 56,
      notStarted: 56,
      unreported: 56,
      progressPct: 0,
    });
    expect(trend[1]!.summary.overall).toEqual(SEED_OVERALL);
    expect(trend[1]!.summary.targets).toEqual(SEED_TARGETS);
  });

  it('each point is progressSummary of the statuses as of that month (any reports, any month)', () => {
    const statuses: ProjectStatus[] = ['not_started', 'in_progress', 'completed', 'cancelled'];
    const report = fc.record({
      period: fc.constantFrom(256508, 256510, 256511, 256512, 256601, 256602, 256603),
      status: fc.constantFrom(...statuses),
    });
    const project = fc.record({
      targetNo: fc.constantFrom('1', '2', '3'),
      fiscalYearFrom: fc.constantFrom(2565, 2566, 2567),
      fiscalYearTo: fc.constantFrom(2566, 2567),
      reports: fc.uniqueArray(report, { selector: (r) => r.period, maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(project, { maxLength: 20 }), (projects) => {
        const targets = [
          { no: '1', name: 'a' },
          { no: '2', name: 'b' },
          { no: '3', name: 'c' },
        ];
        const months = monthsUpTo(2566, 256603);
        const trend = progressTrend({ targets, projects, fiscalYear: 2566, months });
        trend.forEach((point, i) => {
          const month = months[i]!;
          const latest = (p: (typeof projects)[number]) => {
            const upTo = p.reports.filter((r) => r.period <= month).sort((a, b) => b.period - a.period);
            return upTo[0]?.status ?? null;
          };
          const expected = progressSummary({
            targets,
            fiscalYear: 2566,
            projects: projects.map((p) => ({ ...p, latestStatus: latest(p) })),
          });
          expect(point.summary).toEqual(expected);
        });
      }),
    );
  });
});

describe('planned budget', () => {
  it('is the allocation, else the request, else the project budget', () => {
    expect(plannedBudget({ allocated: '800000', requested: '900000', projectBudget: '3000000' })).toBe(
      '800000',
    );
    expect(plannedBudget({ allocated: null, requested: '900000', projectBudget: '3000000' })).toBe('900000');
    expect(plannedBudget({ allocated: null, requested: null, projectBudget: '3000000' })).toBe('3000000');
    expect(plannedBudget({ allocated: null, requested: null, projectBudget: null })).toBeNull();
    // An allocation of zero is an allocation.
    expect(plannedBudget({ allocated: '0', requested: '900000', projectBudget: null })).toBe('0');
  });
});

describe('budget overview', () => {
  const project = (
    targetNo: string,
    planned: string | null,
    spent: [number, string | null][],
    before: string | null = null,
  ): BudgetProject => ({ targetNo, planned, spentReports: new Map(spent), spentBefore: before });

  it('sums planned and the year’s spending exactly, per target, per month and in total', () => {
    const projects = [
      // Cumulative 100.10 in Nov, 250.30 in Jan (150.20 spent in Jan); 40 already spent before the year.
      project(
        '1',
        '1000.55',
        [
          [256511, '100.10'],
          [256601, '250.30'],
        ],
        '40',
      ),
      project('1', null, [[256512, '0.20']]),
      // A May report is after the as-of month (April): not counted.
      project('2', '500', [
        [256510, '10'],
        [256605, '99'],
      ]),
    ];
    const overview = budgetOverview(projects, 2566, 256604);
    expect(overview.overall).toEqual({ planned: '1500.55', spent: '220.5' });
    expect(overview.byTarget).toEqual({
      '1': { planned: '1000.55', spent: '210.5' },
      '2': { planned: '500', spent: '10' },
    });
    expect(overview.months).toEqual([
      { period: 256510, spent: '10', cumulative: '10' },
      { period: 256511, spent: '60.1', cumulative: '70.1' },
      { period: 256512, spent: '0.2', cumulative: '70.3' },
      { period: 256601, spent: '150.2', cumulative: '220.5' },
      { period: 256602, spent: '0', cumulative: '220.5' },
      { period: 256603, spent: '0', cumulative: '220.5' },
      { period: 256604, spent: '0', cumulative: '220.5' },
    ]);
  });

  it('the running total always ends at the overall spending', () => {
    const cents = fc.integer({ min: 0, max: 10_000_000 });
    const money = cents.map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
    const spent = fc.uniqueArray(fc.tuple(fc.constantFrom(...monthsUpTo(2566, 256609)), money), {
      selector: ([period]) => period,
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('1', '2'), spent), { maxLength: 8 }), (lines) => {
        const overview = budgetOverview(
          lines.map(([no, s]) => project(no, null, s)),
          2566,
          256606,
        );
        expect(overview.months).toHaveLength(9);
        expect(overview.months.at(-1)!.cumulative).toBe(overview.overall.spent);
      }),
    );
  });
});
