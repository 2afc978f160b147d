/**
 * The date input's pure rules (decision 0016): a date is typed as day, month and year (พ.ศ. in Thai, CE in
 * English) and leaves as an ISO (CE) date, or as a reason why it cannot be one.
 */
export const BE_OFFSET = 543;

export interface DateParts {
  day: string;
  month: string;
  /** The year as typed, in the era of the language (พ.ศ. in Thai, CE in English). */
  year: string;
}

export type DateProblem =
  | { kind: 'incomplete' }
  | { kind: 'year'; era: 'be' | 'ce' }
  | { kind: 'yearLooksCe'; suggestion: number }
  | { kind: 'impossible'; day: number; month: number; year: number }
  | { kind: 'beforeMin'; min: string }
  | { kind: 'afterMax'; max: string };

const pad = (n: number) => String(n).padStart(2, '0');

export const daysInMonth = (yearCe: number, month: number) =>
  new Date(Date.UTC(yearCe, month, 0)).getUTCDate();

/** An ISO date's parts in the era of the language; empty parts for an empty or malformed value. */
export function partsOf(iso: string, era: 'be' | 'ce'): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return { day: '', month: '', year: '' };
  const year = Number(match[1]) + (era === 'be' ? BE_OFFSET : 0);
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: String(year) };
}

/** The parts as an ISO date ('' when all are empty) or the problem that keeps them from being one. */
export function isoOf(
  parts: DateParts,
  era: 'be' | 'ce',
  bounds: { min?: string; max?: string } = {},
): { iso: string } | { problem: DateProblem } {
  const { day, month } = parts;
  const year = parts.year.trim();
  if (!day && !month && !year) return { iso: '' };
  if (!day || !month || !year) return { problem: { kind: 'incomplete' } };
  if (!/^\d{4}$/.test(year)) return { problem: { kind: 'year', era } };
  const typed = Number(year);
  const ce = era === 'be' ? typed - BE_OFFSET : typed;
  // a CE year typed where พ.ศ. is asked: 2024 would be 1481, which no record of the BMA holds
  if (era === 'be' && typed >= 1900 && typed <= 2200)
    return { problem: { kind: 'yearLooksCe', suggestion: typed + BE_OFFSET } };
  if (ce < 1900 || ce > 2200) return { problem: { kind: 'year', era } };
  const d = Number(day);
  const m = Number(month);
  if (d > daysInMonth(ce, m)) return { problem: { kind: 'impossible', day: d, month: m, year: typed } };
  const iso = `${ce}-${pad(m)}-${pad(d)}`;
  if (bounds.min && iso < bounds.min) return { problem: { kind: 'beforeMin', min: bounds.min } };
  if (bounds.max && iso > bounds.max) return { problem: { kind: 'afterMax', max: bounds.max } };
  return { iso };
}
