/** Dates as whole days since 1970-01-01 (UTC), for arithmetic; ISO text (CE) at the edges. */
export const DAY_MS = 86_400_000;
export const YEAR_DAYS = 365.25;

export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const years = (n: number): number => Math.round(n * YEAR_DAYS);

/** The Buddhist-Era fiscal year of a day (October starts the next one). */
export function fiscalYearOfDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() + 543 + (d.getUTCMonth() >= 9 ? 1 : 0);
}

/** 30 September (CE) ending a Buddhist-Era fiscal year, as a day. */
export const fiscalYearEnd = (fiscalYear: number): number => dayOf(`${fiscalYear - 543}-09-30`);
