/**
 * Time in service counted from dated periods (decision 0011):
 * - a period is inclusive of its first and last day; one that lasts (no end) runs to the "as of" date;
 * - overlapping and adjacent periods are merged first, so no day counts twice and an unbroken stretch
 *   split over two rows counts as one;
 * - one continuous stretch is measured on the calendar: N years are complete at the end of the day before
 *   the Nth anniversary of its first day (2020-10-01 → two years complete on 2022-09-30), then whole months
 *   the same way, then the days left;
 * - separate stretches are summed as years, months and days, carrying 30 days into a month and 12 months
 *   into a year (the practice of Thai civil-service offices when they add up periods of service).
 */
import { addCalendarMonths, addDays, dayNumber } from './calendar';

export interface DatedPeriod {
  fromDate: string;
  /** Last day, inclusive; null while it lasts. */
  toDate: string | null;
}

export interface ServiceTime {
  years: number;
  months: number;
  days: number;
  /** Days counted (each day once), for comparisons that need no calendar. */
  totalDays: number;
}

export const ZERO_TIME: ServiceTime = { years: 0, months: 0, days: 0, totalDays: 0 };

/** Periods cut at `asOf` (those starting later dropped), merged where they overlap or touch, in order. */
export function mergePeriods(periods: readonly DatedPeriod[], asOf: string): { from: string; to: string }[] {
  const clipped = periods
    .filter((p) => p.fromDate <= asOf)
    .map((p) => ({ from: p.fromDate, to: p.toDate === null || p.toDate > asOf ? asOf : p.toDate }))
    .filter((p) => p.to >= p.from)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: { from: string; to: string }[] = [];
  for (const p of clipped) {
    const last = merged[merged.length - 1];
    if (last && p.from <= addDays(last.to, 1)) {
      if (p.to > last.to) last.to = p.to;
    } else merged.push({ ...p });
  }
  return merged;
}

/** One continuous stretch, first and last day included, as calendar years, months and days. */
export function stretchLength(from: string, to: string): ServiceTime {
  const end = addDays(to, 1); // the day after: N years are complete when end reaches the anniversary
  let months = (Number(end.slice(0, 4)) - Number(from.slice(0, 4))) * 12;
  months += Number(end.slice(5, 7)) - Number(from.slice(5, 7));
  while (months > 0 && addCalendarMonths(from, months) > end) months--;
  const days = dayNumber(end) - dayNumber(addCalendarMonths(from, months));
  return {
    years: Math.floor(months / 12),
    months: months % 12,
    days,
    totalDays: dayNumber(end) - dayNumber(from),
  };
}

/** A sum of years, months and days with 30 days carried into a month and 12 months into a year. */
export function addServiceTimes(times: readonly ServiceTime[]): ServiceTime {
  let years = 0;
  let months = 0;
  let days = 0;
  let totalDays = 0;
  for (const t of times) {
    years += t.years;
    months += t.months;
    days += t.days;
    totalDays += t.totalDays;
  }
  months += Math.floor(days / 30);
  days %= 30;
  years += Math.floor(months / 12);
  months %= 12;
  return { years, months, days, totalDays };
}

/** Time served over these periods as of `asOf` (merged, measured, summed). */
export function serviceTime(periods: readonly DatedPeriod[], asOf: string): ServiceTime {
  const stretches = mergePeriods(periods, asOf).map((p) => stretchLength(p.from, p.to));
  // One stretch is measured on the calendar and nothing carried: 2023-01-01 … 2024-12-30 is 1 y 11 m
  // 30 d (a day short of two years), not two years by the 30-day carry that adds separate stretches.
  if (stretches.length === 1) return stretches[0]!;
  return addServiceTimes(stretches);
}

export interface Duration {
  years: number;
  months?: number;
  days?: number;
}

/** Whether `time` reaches `required` (compared as years, then months, then days). */
export function reaches(time: ServiceTime, required: Duration): boolean {
  const need = [required.years, required.months ?? 0, required.days ?? 0];
  const have = [time.years, time.months, time.days];
  for (let i = 0; i < 3; i++) if (have[i] !== need[i]) return have[i]! > need[i]!;
  return true;
}

/**
 * The first day at whose end `required` is reached, if the person stays where they are: the periods that
 * last (no end, or ending after `asOf`) are taken to go on. Null when it is never reached that way (no
 * period runs on). A requirement already met gives the day it was first met.
 */
export function earliestDateMet(
  periods: readonly DatedPeriod[],
  asOf: string,
  required: Duration,
): string | null {
  const staying = periods.map((p) => (p.toDate === null || p.toDate >= asOf ? { ...p, toDate: null } : p));
  const first = periods.reduce<string | null>(
    (m, p) => (m === null || p.fromDate < m ? p.fromDate : m),
    null,
  );
  if (first === null) return null;
  const met = (day: string) => reaches(serviceTime(staying, day), required);
  const runsOn = staying.some((p) => p.toDate === null);
  let low = dayNumber(first);
  let high = dayNumber(asOf);
  if (!met(asOf)) {
    if (!runsOn) return null;
    const needDays = required.years * 366 + (required.months ?? 0) * 31 + (required.days ?? 0) + 1;
    high = dayNumber(asOf) + needDays;
    low = dayNumber(asOf);
  }
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (met(addDays('1970-01-01', mid))) high = mid;
    else low = mid + 1;
  }
  return addDays('1970-01-01', low);
}
