/**
 * The annual action plan (แผนปฏิบัติการประจำปี, seed 000 ประเด็นสำคัญ ๒): per project that runs in a fiscal
 * year its priority, timeline and budget (แผนงาน แผนเงิน), the cumulative percent planned month by month
 * against the percent reported, and money spent month by month from the reports' cumulative `spent`.
 * Money is summed exactly (decimal strings, BigInt inside): a budget total never goes through a float.
 */
import { alignDecimals, compareDecimals, formatScaled, parseExactDecimal, type Problem } from './key-results';
import { fiscalYearOfPeriod, fiscalYearPeriods, periodFromKey, periodKey, periodOfIsoDate } from '../period';

export const PRIORITIES = [1, 2, 3] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABEL_TH: Record<Priority, string> = { 1: 'สูง', 2: 'กลาง', 3: 'ต่ำ' };
export const PRIORITY_LABEL_EN: Record<Priority, string> = { 1: 'High', 2: 'Medium', 3: 'Low' };

/** Exact sum of decimal strings; nulls and blanks count as nothing. "0" for an empty list. */
export function sumDecimals(values: readonly (string | null | undefined)[]): string {
  const parsed = values
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => {
      const d = parseExactDecimal(v);
      if (!d) throw new RangeError(`not a decimal number: "${v}"`);
      return d;
    });
  if (parsed.length === 0) return '0';
  const { units, scale } = alignDecimals(parsed);
  return formatScaled(
    units.reduce((a, b) => a + b, 0n),
    scale,
  );
}

/** Exact a − b. */
export function subtractDecimals(a: string, b: string): string {
  const pa = parseExactDecimal(a);
  const pb = parseExactDecimal(b);
  if (!pa || !pb) throw new RangeError(`not decimal numbers: "${a}", "${b}"`);
  const {
    units: [x = 0n, y = 0n],
    scale,
  } = alignDecimals([pa, pb]);
  return formatScaled(x - y, scale);
}

/**
 * A decimal string with thousands separators and at least `minDecimals` decimals, exactly (no float):
 * "1234567.5" → "1,234,567.50" with minDecimals 2.
 */
export function groupDecimal(text: string, minDecimals = 0): string {
  const d = parseExactDecimal(text);
  if (!d) return text;
  const plain = formatScaled(d.units, d.scale);
  const negative = plain.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction.padEnd(minDecimals, '0');
  return `${negative ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/** The twelve month keys of a fiscal year, October first (256510 … 256609 for 2566). */
export function fiscalMonthKeys(fiscalYear: number): number[] {
  return fiscalYearPeriods(fiscalYear).map(periodKey);
}

// ---------------------------------------------------------------------------------------------------
// Timeline bars

export interface Bar {
  /** Index of the first and last month of the fiscal year the project runs in (0 = October). */
  from: number;
  to: number;
  /** The project started before October / ends after September of this fiscal year. */
  startsBefore: boolean;
  endsAfter: boolean;
}

/**
 * The months of the fiscal year a project's start and end dates (ISO, CE) cover; null when it has no dates
 * or does not touch the year. A missing start or end date is taken as the year's first or last month.
 */
export function timelineBar(
  startDate: string | null,
  endDate: string | null,
  fiscalYear: number,
): Bar | null {
  if (!startDate && !endDate) return null;
  const months = fiscalMonthKeys(fiscalYear);
  const first = months[0]!;
  const last = months[11]!;
  const start = startDate ? periodKey(periodOfIsoDate(startDate)) : first;
  const end = endDate ? periodKey(periodOfIsoDate(endDate)) : last;
  if (end < first || start > last || start > end) return null;
  const index = (key: number) => months.indexOf(key);
  return {
    from: start < first ? 0 : index(start),
    to: end > last ? 11 : index(end),
    startsBefore: start < first,
    endsAfter: end > last,
  };
}

// ---------------------------------------------------------------------------------------------------
// Plan vs reported

export interface Milestone {
  /** Period key, 256605. */
  period: number;
  plannedPercent: string;
}

/** The planned cumulative percent by the end of a month: the latest milestone up to it, or null. */
export function plannedAt(milestones: readonly Milestone[], monthKey: number): string | null {
  let best: Milestone | null = null;
  for (const m of milestones) if (m.period <= monthKey && (!best || m.period > best.period)) best = m;
  return best?.plannedPercent ?? null;
}

export interface PlanVsReported {
  planned: string | null;
  reported: string | null;
  /** reported − planned, exact; null unless both are known. */
  gap: string | null;
  /** Reported below planned. */
  behind: boolean;
}

export function planVsReported(planned: string | null, reported: string | null): PlanVsReported {
  if (planned === null || reported === null) return { planned, reported, gap: null, behind: false };
  const gap = subtractDecimals(reported, planned);
  return { planned, reported, gap, behind: compareDecimals(reported, planned) < 0 };
}

/** What is wrong with a fiscal year's milestones (periods of that year, once each, 0–100, never falling). */
export function milestoneProblems(
  fiscalYear: number,
  milestones: readonly { period: string; plannedPercent: string }[],
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  const ordered: { key: number; percent: string }[] = [];
  milestones.forEach((m, i) => {
    const field = `milestones.${i}`;
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(m.period);
    const key = match ? Number(match[1]) * 100 + Number(match[2]) : null;
    if (key === null || fiscalYearOfPeriod(periodFromKey(key)) !== fiscalYear) {
      problems.push({
        field: `${field}.period`,
        th: `เดือน ${m.period} ไม่อยู่ในปีงบประมาณ ${fiscalYear}`,
        en: `month ${m.period} is not in fiscal year ${fiscalYear}`,
      });
      return;
    }
    if (seen.has(key)) {
      problems.push({ field: `${field}.period`, th: `เดือน ${m.period} ซ้ำ`, en: `month ${m.period} twice` });
      return;
    }
    seen.add(key);
    const percent = parseExactDecimal(m.plannedPercent);
    if (
      !percent ||
      compareDecimals(m.plannedPercent, '0') < 0 ||
      compareDecimals(m.plannedPercent, '100') > 0
    ) {
      problems.push({
        field: `${field}.plannedPercent`,
        th: 'ร้อยละตามแผนต้องอยู่ระหว่าง 0–100',
        en: 'the planned percent must be between 0 and 100',
      });
      return;
    }
    ordered.push({ key, percent: m.plannedPercent });
  });
  ordered.sort((a, b) => a.key - b.key);
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1]!;
    const current = ordered[i]!;
    if (compareDecimals(current.percent, previous.percent) < 0) {
      problems.push({
        field: 'milestones',
        th: 'ร้อยละตามแผนเป็นค่าสะสม ต้องไม่ลดลงจากเดือนก่อน',
        en: 'planned percents are cumulative and must not fall from one month to the next',
      });
      break;
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Spending by month

export interface SpentMonth {
  period: number;
  /** Cumulative spent as of the month's end: the latest report up to it (carried forward), or null. */
  cumulative: string | null;
  /** Spent during the month: cumulative minus the previous known cumulative (0 when none before); null when unknown. */
  inMonth: string | null;
  /** A report of this very month gave the figure (not carried forward). */
  reported: boolean;
}

/**
 * Monthly spending of one project over the fiscal year from its reports' cumulative `spent`.
 * `reports` are the project's current reports of the year's months (period key → spent or null);
 * `before` is the cumulative spent of its latest report before the year (null: none).
 */
export function spentByMonth(
  fiscalYear: number,
  reports: ReadonlyMap<number, string | null>,
  before: string | null,
): SpentMonth[] {
  let known = before;
  return fiscalMonthKeys(fiscalYear).map((period) => {
    const spent = reports.get(period) ?? null;
    if (spent === null) return { period, cumulative: known, inMonth: null, reported: false };
    const inMonth = subtractDecimals(spent, known ?? '0');
    known = spent;
    return { period, cumulative: spent, inMonth, reported: true };
  });
}

// ---------------------------------------------------------------------------------------------------
// Totals

export interface BudgetLine {
  targetNo: string;
  budgetRequested: string | null;
  budgetAllocated: string | null;
  /** Cumulative spent as of the as-of month. */
  spent: string | null;
  /** Spent during each month of the year (12 entries, October first), null when unknown. */
  spentInMonth: readonly (string | null)[];
}

export interface BudgetTotals {
  budgetRequested: string;
  budgetAllocated: string;
  spent: string;
  spentInMonth: string[];
}

function totalsOf(lines: readonly BudgetLine[]): BudgetTotals {
  return {
    budgetRequested: sumDecimals(lines.map((l) => l.budgetRequested)),
    budgetAllocated: sumDecimals(lines.map((l) => l.budgetAllocated)),
    spent: sumDecimals(lines.map((l) => l.spent)),
    spentInMonth: Array.from({ length: 12 }, (_, i) => sumDecimals(lines.map((l) => l.spentInMonth[i]))),
  };
}

/**
 * Exact totals per target and overall. Each project counts once, under its own (first) target; a project
 * shown again under another target it serves is not added to that target's total.
 */
export function actionPlanTotals(lines: readonly BudgetLine[]): {
  overall: BudgetTotals;
  byTarget: Record<string, BudgetTotals>;
} {
  const targets = [...new Set(lines.map((l) => l.targetNo))];
  return {
    overall: totalsOf(lines),
    byTarget: Object.fromEntries(targets.map((no) => [no, totalsOf(lines.filter((l) => l.targetNo === no))])),
  };
}
