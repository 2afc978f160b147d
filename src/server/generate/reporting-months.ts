/**
 * The dataset's reporting months, built in memory: every month from the first with reports to the open
 * one, long locked except the open month, whose deadline is at least a month from today so that it
 * stays open for submissions; and the extra time a few late units were given on a locked month.
 * Pure: written by write-reporting-months.ts.
 */
import { addDays, defaultDeadline } from '../../domain/monitoring/reporting-month';
import { bangkokMidnight, DAY, firstDay, HOUR, keyOfIdx, periodOfIdx } from './calendar';
import type { UnitRow } from './organisation';
import type { Random } from './random';

export interface ReportingMonthRow {
  period: number;
  deadline: string;
  lockAfterDays: number | null;
  openedAt: number;
}

export interface ExceptionRow {
  unitCode: string;
  period: number;
  until: string;
  grantedAt: number;
}

/** `today`: the Bangkok date, ISO; only the open month's deadline depends on it. */
export function reportingMonths(firstIdx: number, openIdx: number, today: string): ReportingMonthRow[] {
  const open = periodOfIdx(openIdx);
  const openDeadline = [defaultDeadline(open), addDays(today, 30)].sort().at(-1)!;
  return Array.from({ length: openIdx - firstIdx + 1 }, (_, k) => {
    const i = firstIdx + k;
    return {
      period: keyOfIdx(i),
      deadline: i === openIdx ? openDeadline : defaultDeadline(periodOfIdx(i)),
      lockAfterDays: i === openIdx ? null : 10,
      openedAt: bangkokMidnight(firstDay(i)) + 24 * DAY + 9 * HOUR,
    };
  });
}

/** A few late units were given more time on a locked month. */
export function reportingExceptions(
  units: readonly UnitRow[],
  firstIdx: number,
  lastIdx: number,
  eRng: Random,
): ExceptionRow[] {
  return units
    .filter((u) => u.lateP >= 0.25 && lastIdx - firstIdx >= 3)
    .map((u) => ({ unit: u.code, idx: eRng.int(firstIdx, lastIdx - 2) }))
    .map((e) => ({
      unitCode: e.unit,
      period: keyOfIdx(e.idx),
      until: addDays(defaultDeadline(periodOfIdx(e.idx)), 20),
      grantedAt: bangkokMidnight(defaultDeadline(periodOfIdx(e.idx))) + 12 * DAY,
    }));
}
