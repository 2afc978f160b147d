/**
 * Reporting months: the centre opens a month with a deadline (by default the 5th of the next month);
 * it locks by itself some days after the deadline, unless the centre grants a unit an exception.
 * Dates are ISO CE strings ('2023-06-05') of the Bangkok calendar.
 */
import { addMonths, BE_OFFSET, type Period } from '../period';

export function defaultDeadline(p: Period): string {
  const next = addMonths(p, 1);
  return `${next.yearBE - BE_OFFSET}-${String(next.month).padStart(2, '0')}-05`;
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The last day agencies may still work on the month; null when it never locks by itself. */
export function lockDate(deadline: string, lockAfterDays: number | null): string | null {
  return lockAfterDays === null ? null : addDays(deadline, lockAfterDays);
}

export function isMonthLocked(input: {
  today: string;
  deadline: string;
  lockAfterDays: number | null;
  exceptionUntil?: string | null;
}): boolean {
  if (input.exceptionUntil && input.today <= input.exceptionUntil) return false;
  const last = lockDate(input.deadline, input.lockAfterDays);
  return last !== null && input.today > last;
}

/** Today's date in Bangkok (the machine runs in UTC, users in UTC+7). */
export function bangkokDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(now);
}

export type Timeliness = 'on_time' | 'late' | 'missing';

/** A report is on time when it was first submitted on or before the deadline (Bangkok calendar). */
export function timelinessOf(firstSubmittedAt: Date | null, deadline: string): Timeliness {
  if (firstSubmittedAt === null) return 'missing';
  return bangkokDate(firstSubmittedAt) <= deadline ? 'on_time' : 'late';
}
