/**
 * How big a generated dataset is at each scale, and when it happens.
 *
 * | scale | targets | strategies | projects | units | users | months with reports        | plan years |
 * |-------|---------|------------|----------|-------|-------|----------------------------|------------|
 * | 1     | 5       | 15         | 56       | 8     | 20    | 8: 2565-10 … 2566-05       | 2566–2570  |
 * | 10    | 6       | 30         | 150      | 25    | 200   | 24: 2565-10 … 2567-09      | 2566–2570  |
 * | 100   | 8       | 60         | 500      | 80    | 2,000 | 60: 2564-10 … 2569-09      | 2565–2570  |
 *
 * Any whole scale from 1 to 100 works: each size is interpolated geometrically between the two
 * anchors around it (scale 3 lies a third of the way from 1 to 10 on a log scale) and rounded.
 *
 * Months: the reports start in 2565-10 (the first month of fiscal year 2566) and run for the scale's
 * number of months, but never past 2569-09 (September 2026, the end of fiscal year 2569): the app
 * refuses reports for months that have not happened yet (submitMonthlyReport, importReports), and the
 * month after the last one (`openMonth`) must be one an agency can report today. A longer history
 * starts earlier instead (scale 100: 2564-10 … 2569-09, so the plan runs 2565–2570). The plan covers
 * at least five fiscal years and always the open month's.
 */
import { addMonths, fiscalYearOfPeriod, periodKey, type Period } from '../../domain/period';

export interface DatasetSizes {
  targets: number;
  strategies: number;
  projects: number;
  units: number;
  users: number;
  /** Months with reports. */
  months: number;
}

const ANCHORS: ReadonlyArray<readonly [scale: number, sizes: DatasetSizes]> = [
  [1, { targets: 5, strategies: 15, projects: 56, units: 8, users: 20, months: 8 }],
  [10, { targets: 6, strategies: 30, projects: 150, units: 25, users: 200, months: 24 }],
  [100, { targets: 8, strategies: 60, projects: 500, units: 80, users: 2000, months: 60 }],
];

export const MIN_SCALE = 1;
export const MAX_SCALE = 100;

export function isValidScale(scale: unknown): scale is number {
  return typeof scale === 'number' && Number.isInteger(scale) && scale >= MIN_SCALE && scale <= MAX_SCALE;
}

export function sizesForScale(scale: number): DatasetSizes {
  if (!isValidScale(scale)) throw new RangeError(`scale must be a whole number from 1 to 100, not ${scale}`);
  const exact = ANCHORS.find(([s]) => s === scale);
  if (exact) return { ...exact[1] };
  const hiIndex = ANCHORS.findIndex(([s]) => s > scale);
  const [loScale, lo] = ANCHORS[hiIndex - 1]!;
  const [hiScale, hi] = ANCHORS[hiIndex]!;
  const t = Math.log(scale / loScale) / Math.log(hiScale / loScale);
  const at = (key: keyof DatasetSizes) => Math.round(lo[key] * (hi[key] / lo[key]) ** t);
  return {
    targets: at('targets'),
    strategies: at('strategies'),
    projects: at('projects'),
    units: at('units'),
    users: at('users'),
    months: at('months'),
  };
}

/** The first month a dataset reports, unless its history is too long to end by LAST_REPORT_MONTH. */
export const FIRST_REPORT_MONTH: Period = { yearBE: 2565, month: 10 };
/** The last month a dataset may report (September 2026): its next month can be reported today. */
export const LAST_REPORT_MONTH: Period = { yearBE: 2569, month: 9 };

export interface Timeline {
  /** First and last month with reports. */
  first: Period;
  last: Period;
  /** The month opened for submissions, right after `last`. */
  open: Period;
  planStartYear: number;
  planEndYear: number;
}

export function timelineFor(months: number): Timeline {
  let first = FIRST_REPORT_MONTH;
  let last = addMonths(first, months - 1);
  if (periodKey(last) > periodKey(LAST_REPORT_MONTH)) {
    last = LAST_REPORT_MONTH;
    first = addMonths(last, -(months - 1));
  }
  const open = addMonths(last, 1);
  const planStartYear = fiscalYearOfPeriod(first);
  const planEndYear = Math.max(planStartYear + 4, fiscalYearOfPeriod(open));
  return { first, last, open, planStartYear, planEndYear };
}
