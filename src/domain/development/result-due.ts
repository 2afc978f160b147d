/**
 * When a project's result on form สพข. ๒ is due and whether it is late (Bangkok calendar dates, YYYY-MM-DD).
 * Due = the project's end date + 14 days. Filed on or before the due date: on time; filed after it: late;
 * not filed and the date asked about is after the due date: missing (overdue); otherwise pending.
 */
export type ResultTimeliness = 'on_time' | 'late' | 'missing' | 'pending';

export const RESULT_DUE_DAYS = 14;

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function resultDueOn(projectEnd: string): string {
  return addDays(projectEnd, RESULT_DUE_DAYS);
}

export function resultTimeliness(projectEnd: string, filedOn: string | null, asOf: string): ResultTimeliness {
  const due = resultDueOn(projectEnd);
  if (filedOn !== null && filedOn <= asOf) return filedOn <= due ? 'on_time' : 'late';
  return asOf > due ? 'missing' : 'pending';
}
