/**
 * A reporting period: one calendar month, named by its Buddhist-Era year ("2566-05" is May 2023).
 * The Thai fiscal year N runs from October of N−1 to September of N.
 */
import { fromThaiDigits } from './thai-number';

export const BE_OFFSET = 543;

export interface Period {
  readonly yearBE: number;
  readonly month: number; // 1..12
}

export function parsePeriod(raw: string): Period | null {
  const match = /^(\d{4})-(\d{1,2})$/.exec(fromThaiDigits(raw.trim()));
  if (!match) return null;
  const yearBE = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || yearBE < 2400 || yearBE > 2700) return null;
  return { yearBE, month };
}

export function formatPeriod(p: Period): string {
  return `${p.yearBE}-${String(p.month).padStart(2, '0')}`;
}

/** A sortable integer key (256605), the form periods are stored in. */
export function periodKey(p: Period): number {
  return p.yearBE * 100 + p.month;
}

export function periodFromKey(key: number): Period {
  return { yearBE: Math.floor(key / 100), month: key % 100 };
}

export function fiscalYearOfPeriod(p: Period): number {
  return p.month >= 10 ? p.yearBE + 1 : p.yearBE;
}

export function addMonths(p: Period, months: number): Period {
  const index = p.yearBE * 12 + (p.month - 1) + months;
  return { yearBE: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The twelve months of a fiscal year, October first. */
export function fiscalYearPeriods(fiscalYear: number): Period[] {
  const first: Period = { yearBE: fiscalYear - 1, month: 10 };
  return Array.from({ length: 12 }, (_, i) => addMonths(first, i));
}

export function periodOfIsoDate(isoDate: string): Period {
  const [year, month] = isoDate.split('-').map(Number);
  return { yearBE: (year ?? 0) + BE_OFFSET, month: month ?? 1 };
}

export function fiscalYearOfIsoDate(isoDate: string): number {
  return fiscalYearOfPeriod(periodOfIsoDate(isoDate));
}

/** "2566" or "2566-2568" → inclusive range, or null. */
export function parseFiscalYears(raw: string): { from: number; to: number } | null {
  const match = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(fromThaiDigits(raw.trim()));
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] ? Number(match[2]) : from;
  return from <= to ? { from, to } : null;
}
