/** Dates of the workforce pages: ISO CE in the API, the Thai fiscal year (BE) of a day. */

/** Today in Bangkok as YYYY-MM-DD. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
}

/** The Thai fiscal year (BE) a day falls in: 1 October starts the next one. */
export function fiscalYearOf(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return year + 543 + (month >= 10 ? 1 : 0);
}

export const isIsoDate = (text: string | null): text is string => !!text && /^\d{4}-\d{2}-\d{2}$/.test(text);
