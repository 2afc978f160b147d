/**
 * What the plan promises and how it is measured, built in memory: the annual action plan (a year plan
 * with budgets for every project year, monthly milestones for most projects) and the key results (two
 * per target and reporting year) with their actuals and the projects serving them. Projects and key
 * results are referred to by their place in the lists; write-outcomes.ts maps them to ids.
 * Pure: written by write-outcomes.ts.
 */
import { formatPeriod } from '../../domain/period';
import {
  bangkokMidnight,
  DAY,
  firstDay,
  fyEndIdx,
  fyStartIdx,
  HOUR,
  idxOfIsoDate,
  keyOfIdx,
  money,
  periodOfIdx,
} from './calendar';
import type { PlanTree, ProjectRow } from './plan-tree';
import type { Random } from './random';
import * as W from './thai-words';

export interface YearPlanRow {
  projectIndex: number;
  fy: number;
  priority: number;
  requested: string | null;
  allocated: string | null;
}

export interface MilestoneRow {
  projectIndex: number;
  period: number;
  percent: string;
}

export interface KeyResultRow {
  target: string;
  fy: number;
  no: string;
  indicator: string;
  unit: string;
  direction: 'higher_is_better' | 'lower_is_better' | 'range';
  baseline: number;
  goal: number | null;
  low: number | null;
  high: number | null;
  /** indexes of the projects serving it */
  projects: number[];
}

export interface ActualRow {
  /** index of the key result */
  keyResult: number;
  granularity: string;
  period: string;
  end: number;
  value: string;
  at: number;
}

/**
 * Year plans for every project year (budgets allocated only up to the open month's year) and, for
 * most projects with dates, a milestone a month rising evenly to 100 %.
 */
export function buildYearPlans(
  projects: readonly ProjectRow[],
  openFy: number,
  yRng: Random,
): { yearPlans: YearPlanRow[]; milestones: MilestoneRow[] } {
  const yearPlans: YearPlanRow[] = [];
  const milestones: MilestoneRow[] = [];
  for (const p of projects) {
    const years = p.fyTo - p.fyFrom + 1;
    const priority = yRng.weighted([
      [1, 25],
      [2, 55],
      [3, 20],
    ] as const);
    for (let fy = p.fyFrom; fy <= p.fyTo; fy++) {
      const requested = p.budget === null ? null : money(Number(p.budget) / years);
      const share = yRng.weighted([
        [1, 75],
        [0.8, 12],
        [0.5, 8],
        [0, 5],
      ] as const);
      yearPlans.push({
        projectIndex: p.index,
        fy,
        priority,
        requested,
        allocated: requested === null || fy > openFy ? null : money(Number(requested) * share),
      });
    }
    if (p.startDate && p.endDate && yRng.chance(0.75)) {
      const s = idxOfIsoDate(p.startDate);
      const e = idxOfIsoDate(p.endDate);
      for (let t = s; t <= e; t++)
        milestones.push({
          projectIndex: p.index,
          period: keyOfIdx(t),
          percent: String(Math.round((100 * (t - s + 1)) / (e - s + 1))),
        });
    }
  }
  return { yearPlans, milestones };
}

/**
 * Key results: two per target and reporting year, each served by a few of the target's projects
 * running that year, with actuals every second month (monthly ones) or quarter up to the last month.
 * One stream for both, in this order: the key results first, then their actuals.
 */
export function buildKeyResults(
  plan: PlanTree,
  reportFys: readonly number[],
  lastIdx: number,
  kRng: Random,
): { keyResults: KeyResultRow[]; actuals: ActualRow[] } {
  const keyResults: KeyResultRow[] = [];
  for (const t of plan.targets) {
    const serving = plan.projects.filter((p) => p.targetNo === t.no);
    for (const fy of reportFys) {
      for (let k = 1; k <= 2; k++) {
        const [indicator, unit, direction] = kRng.pick(W.KEY_RESULT_INDICATORS);
        const baseline = kRng.int(10, 80);
        const candidates = serving.filter((p) => p.fyFrom <= fy && p.fyTo >= fy);
        keyResults.push({
          target: t.no,
          fy,
          no: String(k),
          indicator,
          unit,
          direction,
          baseline,
          goal:
            direction === 'range'
              ? null
              : direction === 'higher_is_better'
                ? baseline + kRng.int(5, 20)
                : Math.max(0, baseline - kRng.int(5, 20)),
          low: direction === 'range' ? Math.max(0, baseline - 20) : null,
          high: direction === 'range' ? Math.max(0, baseline - 10) : null,
          projects: kRng
            .shuffle(candidates)
            .slice(0, kRng.int(2, 5))
            .map((p) => p.index),
        });
      }
    }
  }
  const actuals: ActualRow[] = [];
  keyResults.forEach((k, i) => {
    const quarterly = i % 2 === 1;
    const aim = k.goal ?? ((k.low ?? 0) + (k.high ?? 0)) / 2;
    for (let t = fyStartIdx(k.fy); t <= Math.min(lastIdx, fyEndIdx(k.fy)); t++) {
      const monthInFy = t - fyStartIdx(k.fy) + 1;
      if (quarterly ? monthInFy % 3 !== 0 : monthInFy % 2 !== 0) continue;
      const progress = (monthInFy / 12) * kRng.float(0.5, 1.1);
      const value = Math.round((k.baseline + (aim - k.baseline) * progress) * 10) / 10;
      actuals.push({
        keyResult: i,
        granularity: quarterly ? 'quarter' : 'month',
        period: quarterly ? `${k.fy}-Q${monthInFy / 3}` : formatPeriod(periodOfIdx(t)),
        end: keyOfIdx(t),
        value: String(value),
        at: bangkokMidnight(firstDay(t + 1)) + 7 * DAY + 10 * HOUR,
      });
    }
  });
  return { keyResults, actuals };
}
