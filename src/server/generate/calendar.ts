/**
 * The generator's calendar: months handled as indexes (yearBE × 12 + month − 1) while building, so a
 * month later is +1 and a fiscal year is a range, and the few conversions to what the tables store
 * (period keys, ISO dates, timestamps, baht amounts).
 */
import { fiscalYearOfPeriod, periodKey, type Period } from '../../domain/period';

export const idxOf = (p: Period) => p.yearBE * 12 + p.month - 1;
export const periodOfIdx = (idx: number): Period => ({ yearBE: Math.floor(idx / 12), month: (idx % 12) + 1 });
export const keyOfIdx = (idx: number) => periodKey(periodOfIdx(idx));
export const fyOfIdx = (idx: number) => fiscalYearOfPeriod(periodOfIdx(idx));
/** The first month (October) of a fiscal year. */
export const fyStartIdx = (fy: number) => (fy - 1) * 12 + 9;
export const fyEndIdx = (fy: number) => fy * 12 + 8;
export const pad2 = (n: number) => String(n).padStart(2, '0');
/** First and last day of a month, ISO CE. */
export const firstDay = (idx: number) => `${Math.floor(idx / 12) - 543}-${pad2((idx % 12) + 1)}-01`;
export const lastDay = (idx: number) =>
  new Date(Date.UTC(Math.floor(idx / 12) - 543, (idx % 12) + 1, 0)).toISOString().slice(0, 10);
export const idxOfIsoDate = (iso: string) => {
  const [y, m] = iso.split('-').map(Number);
  return (y! + 543) * 12 + m! - 1;
};

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Midnight at the start of an ISO date in Bangkok (UTC+7), as epoch milliseconds. */
export const bangkokMidnight = (iso: string) => Date.parse(`${iso}T00:00:00+07:00`);
export const stamp = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Baht rounded to the thousand, as numeric text. */
export const money = (baht: number) => (Math.round(baht / 1000) * 1000).toFixed(2);
