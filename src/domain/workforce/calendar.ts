/**
 * Whole days on the proleptic Gregorian calendar, for counting time in service. Dates are ISO (CE) strings;
 * arithmetic goes through a day number (days since 1970-01-01, UTC) so that no time zone enters.
 */
const DAY_MS = 86_400_000;

export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => isoOfDay(dayNumber(iso) + days);

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The date `months` calendar months after `iso`. A day the target month lacks (31 April, 29 February of a
 * common year) becomes the first of the next month: under Thai age law one who starts on 29 February 2020
 * completes a year at the end of 28 February 2021, the day before "the anniversary".
 */
export function addCalendarMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d > daysInMonth(year, month)) {
    return addDays(`${pad(year, 4)}-${pad(month, 2)}-01`, daysInMonth(year, month));
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
