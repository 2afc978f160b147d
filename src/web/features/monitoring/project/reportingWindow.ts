import { formatPeriod, parsePeriod, periodFromKey, periodKey, periodOfIsoDate } from '../../../../domain';
import type { ReportingMonthView } from '../../../../shared/api/monitoring/months';

/** How a reporting month stands for one unit today. */
export type MonthWindowInfo =
  | { open: false }
  | {
      open: true;
      deadline: string;
      lockDate: string | null;
      /** Past its lock date, with no exception for the unit still running. */
      locked: boolean;
      /** The unit's exception, when it is what keeps the month open. */
      exceptionUntil: string | null;
    };

const key = (period: string) => {
  const p = parsePeriod(period);
  return p ? periodKey(p) : 0;
};

/** `today` is the Bangkok date, ISO CE ("2023-06-20"). */
export function monthWindowFor(
  months: readonly ReportingMonthView[],
  period: string,
  unitId: number | null,
  today: string,
): MonthWindowInfo {
  const month = months.find((m) => m.period === period);
  if (!month) return { open: false };
  const exception = month.exceptions.find((e) => e.unitId === unitId && e.until >= today);
  const locked = month.locked && !exception;
  return {
    open: true,
    deadline: month.deadline,
    lockDate: month.lockDate,
    locked,
    exceptionUntil: month.locked && exception ? exception.until : null,
  };
}

/**
 * The month a report form starts on: the latest month the centre has opened that the unit may still
 * work on (unlocked, or excepted for the unit) and that is not after today; null when there is none.
 */
export function latestWorkableMonth(
  months: readonly ReportingMonthView[],
  unitId: number | null,
  today: string,
): string | null {
  const thisMonth = periodKey(periodOfIsoDate(today));
  const candidates = months
    .filter((m) => key(m.period) <= thisMonth)
    .filter((m) => {
      const window = monthWindowFor(months, m.period, unitId, today);
      return window.open && !window.locked;
    })
    .map((m) => key(m.period))
    .sort((a, b) => b - a);
  const best = candidates[0];
  return best === undefined ? null : formatPeriod(periodFromKey(best));
}
