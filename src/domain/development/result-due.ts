/**
 * When a project's result on form สพข. ๒ is due and whether it came in time (Bangkok calendar dates,
 * YYYY-MM-DD). Due = the project's end date + 14 calendar days; a project without an end date has no due
 * date. As of a date:
 * - on_time: filed on or before the due date (or filed while the project had no due date);
 * - late: filed after the due date ("late, filed");
 * - missing: not filed (as of that date) and the due date has passed;
 * - not_yet_due: not filed and the due date is that date or later (a project still running or without an end).
 * A result filed after the date asked about counts as not filed as of that date.
 */
export const RESULT_TIMELINESS = ['on_time', 'late', 'missing', 'not_yet_due'] as const;
export type ResultTimeliness = (typeof RESULT_TIMELINESS)[number];

export const RESULT_DUE_DAYS = 14;

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function resultDueOn(projectEnd: string): string;
export function resultDueOn(projectEnd: string | null): string | null;
export function resultDueOn(projectEnd: string | null): string | null {
  return projectEnd === null ? null : addDays(projectEnd, RESULT_DUE_DAYS);
}

export function resultTimeliness(
  projectEnd: string | null,
  filedOn: string | null,
  asOf: string,
): ResultTimeliness {
  const due = resultDueOn(projectEnd);
  if (filedOn !== null && filedOn <= asOf) return due === null || filedOn <= due ? 'on_time' : 'late';
  return due !== null && asOf > due ? 'missing' : 'not_yet_due';
}

/** Counts of a set of projects by timeliness (every state present, zero when none). */
export function countTimeliness(states: readonly ResultTimeliness[]): Record<ResultTimeliness, number> {
  const counts: Record<ResultTimeliness, number> = { on_time: 0, late: 0, missing: 0, not_yet_due: 0 };
  for (const s of states) counts[s] += 1;
  return counts;
}
