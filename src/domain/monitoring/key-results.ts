/**
 * Key results (ผลลัพธ์ที่สำคัญ, seed 000 ประเด็นสำคัญ ๑): what success means for a strategic target in a
 * fiscal year, as an indicator with a baseline and a target, and how far the measured actuals got.
 *
 * Achievement, exact (decimal strings in, BigInt inside, rounded half away from zero to 2 decimals):
 * - higher_is_better and lower_is_better: (actual − baseline) / (target − baseline) × 100. The same formula
 *   serves both directions: for lower-is-better the target lies below the baseline, so a fall counts
 *   positive (baseline 20, target 10, actual 15 → 50 %). Shown uncapped (150 % beyond the target, negative
 *   when worse than the baseline) and capped to 0–100 %.
 * - target = baseline ("hold the level"): there is no distance to cover, so achievement is 100 % when the
 *   actual is at least as good as the target in the key result's direction, else 0 % (capped = uncapped).
 * - range [low, high] (edges included): 100 % inside. Outside, achievement falls with the distance to the
 *   nearest edge, one range-width of distance costing 100 points: 100 × (1 − distance / (high − low)),
 *   so uncapped it never exceeds 100 and turns negative more than one width away. A point range
 *   (low = high) has no width: 0 % outside it. The baseline of a range key result is shown, not used.
 * A key result is met when its achievement is 100 % or more.
 */
import { fiscalYearOfPeriod, parsePeriod, periodKey } from '../period';
import { fromThaiDigits } from '../thai-number';

export const KR_DIRECTIONS = ['higher_is_better', 'lower_is_better', 'range'] as const;
export type KrDirection = (typeof KR_DIRECTIONS)[number];

export const KR_GRANULARITIES = ['month', 'quarter'] as const;
export type KrGranularity = (typeof KR_GRANULARITIES)[number];

export const KR_DIRECTION_LABEL_TH: Record<KrDirection, string> = {
  higher_is_better: 'ยิ่งมากยิ่งดี',
  lower_is_better: 'ยิ่งน้อยยิ่งดี',
  range: 'อยู่ในช่วงที่กำหนด',
};
export const KR_DIRECTION_LABEL_EN: Record<KrDirection, string> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
  range: 'Within a range',
};

// ---------------------------------------------------------------------------------------------------
// Exact decimals

/** A decimal as an integer count of 10^-scale units: "-12.5" → { units: -125n, scale: 1 }. */
export interface ScaledDecimal {
  units: bigint;
  scale: number;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Parses "12", "-0.25", "1,250.5" or Thai digits exactly; null when it is not a decimal number. */
export function parseExactDecimal(text: string): ScaledDecimal | null {
  const match = DECIMAL.exec(fromThaiDigits(text.trim()).replace(/,/g, ''));
  if (!match) return null;
  const [, sign, whole = '0', fraction = ''] = match;
  const units = BigInt(`${whole}${fraction}` || '0');
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

function mustParse(text: string, what: string): ScaledDecimal {
  const d = parseExactDecimal(text);
  if (!d) throw new RangeError(`${what} is not a decimal number: "${text}"`);
  return d;
}

/** The same number at a larger scale. */
const rescale = (d: ScaledDecimal, scale: number): bigint => d.units * 10n ** BigInt(scale - d.scale);

/** Aligns decimals to their largest scale. */
export function alignDecimals(values: readonly ScaledDecimal[]): { units: bigint[]; scale: number } {
  const scale = Math.max(0, ...values.map((v) => v.scale));
  return { units: values.map((v) => rescale(v, scale)), scale };
}

/** Units at a scale → the shortest decimal string ("150", "66.67", "-0.5"). */
export function formatScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const body = fraction ? `${whole}.${fraction}` : whole;
  return negative && body !== '0' ? `-${body}` : body;
}

/** The shortest form of a decimal string ("60.0000" → "60", "-0.50" → "-0.5"); null stays null. */
export function canonicalDecimal(text: string | null): string | null {
  if (text === null) return null;
  const d = mustParse(text, 'value');
  return formatScaled(d.units, d.scale);
}

/** n / d rounded half away from zero (d ≠ 0, either sign). */
export function divRoundHalfAway(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  const negative = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  const q = (2n * a + b) / (2n * b);
  return negative ? -q : q;
}

/** Compares two decimal strings exactly: −1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const {
    units: [x = 0n, y = 0n],
  } = alignDecimals([mustParse(a, 'a'), mustParse(b, 'b')]);
  return x < y ? -1 : x > y ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------
// Achievement

export interface KeyResultSpec {
  direction: KrDirection;
  baseline: string | null;
  target: string | null;
  rangeLow: string | null;
  rangeHigh: string | null;
}

export interface Achievement {
  /** Uncapped percent, 2 decimals at most: "150", "-25", "66.67". */
  pct: string;
  /** The same, capped to 0–100. */
  cappedPct: string;
  /** Achievement is 100 % or more. */
  met: boolean;
}

const HUNDRED_PCT = 10000n; // in hundredths of a percent

/** Uncapped achievement in hundredths of a percent (10000n = 100 %). */
export function achievementHundredths(spec: KeyResultSpec, actual: string): bigint {
  const a = mustParse(actual, 'actual');
  if (spec.direction === 'range') {
    if (spec.rangeLow === null || spec.rangeHigh === null) throw new RangeError('a range needs low and high');
    const {
      units: [value = 0n, low = 0n, high = 0n],
    } = alignDecimals([a, mustParse(spec.rangeLow, 'low'), mustParse(spec.rangeHigh, 'high')]);
    if (value >= low && value <= high) return HUNDRED_PCT;
    const distance = value < low ? low - value : value - high;
    const width = high - low;
    if (width <= 0n) return 0n;
    return divRoundHalfAway((width - distance) * HUNDRED_PCT, width);
  }
  if (spec.baseline === null || spec.target === null) throw new RangeError('baseline and target are needed');
  const {
    units: [value = 0n, baseline = 0n, target = 0n],
  } = alignDecimals([a, mustParse(spec.baseline, 'baseline'), mustParse(spec.target, 'target')]);
  if (target === baseline) {
    const meets = spec.direction === 'higher_is_better' ? value >= target : value <= target;
    return meets ? HUNDRED_PCT : 0n;
  }
  return divRoundHalfAway((value - baseline) * HUNDRED_PCT, target - baseline);
}

const clamp = (h: bigint) => (h < 0n ? 0n : h > HUNDRED_PCT ? HUNDRED_PCT : h);

export function achievement(spec: KeyResultSpec, actual: string): Achievement {
  const h = achievementHundredths(spec, actual);
  return { pct: formatScaled(h, 2), cappedPct: formatScaled(clamp(h), 2), met: h >= HUNDRED_PCT };
}

// ---------------------------------------------------------------------------------------------------
// Checking a key result

export interface Problem {
  field: string;
  th: string;
  en: string;
}

/** What is wrong with a key result's numbers (empty: nothing). Field names are the API's. */
export function keyResultSpecProblems(spec: KeyResultSpec): Problem[] {
  const problems: Problem[] = [];
  const need = (field: keyof KeyResultSpec, th: string, en: string) => {
    const value = spec[field];
    if (value === null || value === '') {
      problems.push({ field, th: `ต้องกรอก${th}`, en: `${en} is required` });
      return null;
    }
    if (!parseExactDecimal(value)) {
      problems.push({ field, th: `${th}ต้องเป็นตัวเลข`, en: `${en} must be a number` });
      return null;
    }
    return value;
  };
  if (spec.direction === 'range') {
    const low = need('rangeLow', 'ค่าต่ำสุดของช่วง', 'the range low');
    const high = need('rangeHigh', 'ค่าสูงสุดของช่วง', 'the range high');
    if (low !== null && high !== null && compareDecimals(low, high) > 0) {
      problems.push({
        field: 'rangeHigh',
        th: 'ค่าสูงสุดของช่วงต้องไม่น้อยกว่าค่าต่ำสุด',
        en: 'the range high must not be below the range low',
      });
    }
    if (spec.baseline && !parseExactDecimal(spec.baseline)) {
      problems.push({ field: 'baseline', th: 'ค่าฐานต้องเป็นตัวเลข', en: 'the baseline must be a number' });
    }
    return problems;
  }
  const baseline = need('baseline', 'ค่าฐาน (baseline)', 'the baseline');
  const target = need('target', 'ค่าเป้าหมาย', 'the target');
  if (baseline !== null && target !== null) {
    const order = compareDecimals(target, baseline);
    if (spec.direction === 'higher_is_better' && order < 0) {
      problems.push({
        field: 'target',
        th: 'ตัวชี้วัดแบบยิ่งมากยิ่งดี ค่าเป้าหมายต้องไม่น้อยกว่าค่าฐาน',
        en: 'for higher-is-better the target must not be below the baseline',
      });
    }
    if (spec.direction === 'lower_is_better' && order > 0) {
      problems.push({
        field: 'target',
        th: 'ตัวชี้วัดแบบยิ่งน้อยยิ่งดี ค่าเป้าหมายต้องไม่มากกว่าค่าฐาน',
        en: 'for lower-is-better the target must not be above the baseline',
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Periods of actuals: a month ("2566-05") or a quarter of the fiscal year ("2566-Q3")

export interface KrPeriod {
  granularity: KrGranularity;
  /** Canonical text: "2566-05" or "2566-Q3". */
  period: string;
  fiscalYear: number;
  /** The period's last month as a period key (256606 for 2566-Q3). */
  endKey: number;
  /** Quarter number 1–4 of the fiscal year, or null for a month. */
  quarter: number | null;
}

/** Quarter q of fiscal year N: Q1 = Oct–Dec of N−1, Q2 = Jan–Mar, Q3 = Apr–Jun, Q4 = Jul–Sep of N. */
export function quarterEndKey(fiscalYear: number, quarter: number): number {
  return quarter === 1 ? (fiscalYear - 1) * 100 + 12 : fiscalYear * 100 + (quarter - 1) * 3;
}

export function parseKrPeriod(granularity: KrGranularity, raw: string): KrPeriod | null {
  const text = fromThaiDigits(raw.trim()).toUpperCase();
  if (granularity === 'quarter') {
    const match = /^(\d{4})-Q([1-4])$/.exec(text);
    if (!match) return null;
    const fiscalYear = Number(match[1]);
    const quarter = Number(match[2]);
    if (fiscalYear < 2400 || fiscalYear > 2700) return null;
    return {
      granularity,
      period: `${fiscalYear}-Q${quarter}`,
      fiscalYear,
      endKey: quarterEndKey(fiscalYear, quarter),
      quarter,
    };
  }
  if (!/^\d{4}-\d{2}$/.test(text)) return null;
  const p = parsePeriod(text);
  if (!p) return null;
  return {
    granularity,
    period: text,
    fiscalYear: fiscalYearOfPeriod(p),
    endKey: periodKey(p),
    quarter: null,
  };
}

/** Trend order: by the period's last month; a month before the quarter that ends with it. */
export function compareKrPeriods(a: KrPeriod, b: KrPeriod): number {
  if (a.endKey !== b.endKey) return a.endKey - b.endKey;
  return KR_GRANULARITIES.indexOf(a.granularity) - KR_GRANULARITIES.indexOf(b.granularity);
}

// ---------------------------------------------------------------------------------------------------
// Trend

export interface ActualInput {
  granularity: KrGranularity;
  period: string;
  value: string;
}

export interface TrendPoint<T extends ActualInput = ActualInput> extends Achievement {
  actual: T;
  endKey: number;
}

/** The actuals in time order, each with its achievement. Actuals whose period is unreadable are left out. */
export function keyResultTrend<T extends ActualInput>(
  spec: KeyResultSpec,
  actuals: readonly T[],
): TrendPoint<T>[] {
  return actuals
    .map((actual) => ({ actual, p: parseKrPeriod(actual.granularity, actual.period) }))
    .filter((x): x is { actual: T; p: KrPeriod } => x.p !== null)
    .sort((x, y) => compareKrPeriods(x.p, y.p))
    .map(({ actual, p }) => ({ actual, endKey: p.endKey, ...achievement(spec, actual.value) }));
}

/** The latest point whose period ended by the as-of month (a period key); all points when null. */
export function latestPoint<T extends ActualInput>(
  trend: readonly TrendPoint<T>[],
  asOfKey: number | null,
): TrendPoint<T> | null {
  const upTo = asOfKey === null ? trend : trend.filter((p) => p.endKey <= asOfKey);
  return upTo[upTo.length - 1] ?? null;
}

export type TrendDirection = 'improving' | 'worsening' | 'steady';

/** How the last two points compare, by achievement (so "better" follows the key result's direction). */
export function trendDirection(trend: readonly Pick<Achievement, 'pct'>[]): TrendDirection | null {
  if (trend.length < 2) return null;
  const last = trend[trend.length - 1]!.pct;
  const before = trend[trend.length - 2]!.pct;
  const order = compareDecimals(last, before);
  return order > 0 ? 'improving' : order < 0 ? 'worsening' : 'steady';
}

// ---------------------------------------------------------------------------------------------------
// "Done is not success"

/**
 * The flag ดำเนินการครบแต่ผลลัพธ์ยังไม่ถึงเป้า: every counted project of the target is completed (progress
 * 100 % with completed = total, total > 0) while a key result's latest achievement is below 100 %.
 * A key result with no actual yet gives no evidence either way and does not raise the flag.
 */
export function completedButBelowTarget(
  progress: { total: number; completed: number },
  latest: readonly (Pick<Achievement, 'met'> | null)[],
): boolean {
  if (progress.total === 0 || progress.completed !== progress.total) return false;
  return latest.some((a) => a !== null && !a.met);
}
