/**
 * Round reports (issue 14.12): the budget office and the committee follow a fiscal year in rounds of 3, 6,
 * 9 and 12 months — October to December, March, June and September. A round's figures are the progress
 * summary, the key results and the money as of its last month; each is compared with the same round of the
 * previous fiscal year where the plan has one. Pure: no I/O.
 */
import { roundHalfUpDiv } from '../percent';
import { fiscalMonthKeys, subtractDecimals } from './action-plan';
import { alignDecimals, parseExactDecimal, type Achievement } from './key-results';
import type { StatusCounts } from './progress-summary';

export const ROUND_LENGTHS = [3, 6, 9, 12] as const;
export type RoundLength = (typeof ROUND_LENGTHS)[number];

export interface Round {
  months: RoundLength;
  fiscalYear: number;
  /** Period keys of October and of the round's last month (256610 … 256612 for 2567's first round). */
  firstKey: number;
  lastKey: number;
  /** The round's months the plan reports in: from the plan's first reported month (a plan may start mid-year). */
  coveredMonths: number;
}

/** The four rounds of a fiscal year. `planFirstKey` is the plan's first reported month, null when none. */
export function fiscalRounds(fiscalYear: number, planFirstKey: number | null): Round[] {
  const keys = fiscalMonthKeys(fiscalYear);
  return ROUND_LENGTHS.map((months) => {
    const inRound = keys.slice(0, months);
    return {
      months,
      fiscalYear,
      firstKey: keys[0]!,
      lastKey: keys[months - 1]!,
      coveredMonths: planFirstKey === null ? 0 : inRound.filter((key) => key >= planFirstKey).length,
    };
  });
}

/** The round of the previous fiscal year to compare with, or null when the plan does not reach back to it. */
export function previousRound(
  round: Round,
  plan: { startYear: number; firstKey: number | null },
): Round | null {
  const year = round.fiscalYear - 1;
  if (year < plan.startYear) return null;
  const previous = fiscalRounds(year, plan.firstKey).find((r) => r.months === round.months)!;
  return previous.coveredMonths > 0 ? previous : null;
}

export interface KeyResultTally {
  total: number;
  /** Latest actual by the round's end reaches the target (achievement ≥ 100 %). */
  met: number;
  notMet: number;
  /** No actual whose period ended by the round's end. */
  noData: number;
}

export function tallyKeyResults(latest: readonly (Pick<Achievement, 'met'> | null)[]): KeyResultTally {
  const met = latest.filter((p) => p?.met === true).length;
  const noData = latest.filter((p) => p === null).length;
  return { total: latest.length, met, notMet: latest.length - met - noData, noData };
}

export interface RoundFigures {
  status: Pick<
    StatusCounts,
    'total' | 'completed' | 'inProgress' | 'notStarted' | 'cancelled' | 'unreported' | 'progressPct' | 'level'
  >;
  keyResults: KeyResultTally;
  budget: { planned: string; spent: string; spentPct: number };
}

/** Spent as a share of planned, rounded half-up to 2 decimals on exact decimals; 0 when nothing is planned. */
export function spentShare(planned: string, spent: string): number {
  const p = parseExactDecimal(planned);
  const s = parseExactDecimal(spent);
  if (!p || !s) throw new RangeError(`not decimal numbers: "${planned}", "${spent}"`);
  const {
    units: [whole = 0n, part = 0n],
  } = alignDecimals([p, s]);
  if (whole <= 0n) return 0;
  const hundredths = roundHalfUpDiv((part < 0n ? -part : part) * 10000n, whole);
  return (part < 0n ? -1 : 1) * (Number(hundredths) / 100);
}

export interface RoundChange {
  total: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  cancelled: number;
  /** Percentage points, 2 decimals. */
  progressPct: number;
  keyResultsMet: number;
  keyResultsTotal: number;
  /** Exact decimal strings, negative when less than a year before. */
  planned: string;
  spent: string;
  spentPct: number;
}

const points = (a: number, b: number) => Math.round((a - b) * 100) / 100;

/** This round minus the same round a year before: positive when it grew. */
export function roundChange(current: RoundFigures, previous: RoundFigures): RoundChange {
  const c = current.status;
  const p = previous.status;
  return {
    total: c.total - p.total,
    completed: c.completed - p.completed,
    inProgress: c.inProgress - p.inProgress,
    notStarted: c.notStarted - p.notStarted,
    cancelled: c.cancelled - p.cancelled,
    progressPct: points(c.progressPct, p.progressPct),
    keyResultsMet: current.keyResults.met - previous.keyResults.met,
    keyResultsTotal: current.keyResults.total - previous.keyResults.total,
    planned: subtractDecimals(current.budget.planned, previous.budget.planned),
    spent: subtractDecimals(current.budget.spent, previous.budget.spent),
    spentPct: points(current.budget.spentPct, previous.budget.spentPct),
  };
}
