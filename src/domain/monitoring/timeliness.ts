/**
 * Timeliness of monthly reporting: how many of the reports the centre expected came in, and how many
 * by the deadline (DHIS2 calls these the reporting rate and the reporting rate on time).
 *
 * Definitions (docs/decisions/0006; the SQL of src/server/repositories/monitoring/timeliness.ts applies them):
 * - A report is EXPECTED from a project for a month when
 *   1. the month is an opened reporting month (the centre opened it with a deadline),
 *   2. the project runs in that month's fiscal year (fiscal_year_from ≤ FY ≤ fiscal_year_to),
 *   3. the project has an owner unit (someone to report it),
 *   4. its start_date, if it has one, is not after the month's last day, and
 *   5. it was not completed or cancelled in the report of an earlier month that was sent up
 *      (the current version of that month's report is submitted, approved or accepted and says
 *      ดำเนินการเสร็จแล้ว or ยกเลิก).
 * - SUBMITTED ON TIME: the first submission of any version of that project's report for that month
 *   (the earliest submitted_at, however often it was returned and sent again) falls on or before the
 *   month's deadline in the Bangkok calendar (timelinessOf in reporting-month.ts).
 * - LATE: that first submission came after the deadline.
 * - MISSING: no version was ever submitted (drafts do not count).
 * - Reporting rate = (on time + late) / expected; on-time rate = on time / expected; both exact
 *   percentages rounded half-up to 2 decimals (percentOf), 0 when nothing was expected.
 */
import { percentOf } from '../percent';

export interface TimelinessCounts {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  /** (on time + late) / expected × 100, half-up to 2 decimals. */
  reportingRate: number;
  /** on time / expected × 100, half-up to 2 decimals. */
  onTimeRate: number;
}

/** The counts and rates of `expected` reports of which `onTime` and `late` came in; the rest are missing. */
export function timelinessCounts(input: {
  expected: number;
  onTime: number;
  late: number;
}): TimelinessCounts {
  const { expected, onTime, late } = input;
  for (const [name, value] of Object.entries(input)) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`timeliness: ${name} must be a non-negative integer, got ${value}`);
  }
  if (onTime + late > expected)
    throw new RangeError(`timeliness: ${onTime} on time + ${late} late exceed ${expected} expected`);
  return {
    expected,
    onTime,
    late,
    missing: expected - onTime - late,
    reportingRate: percentOf(onTime + late, expected),
    onTimeRate: percentOf(onTime, expected),
  };
}

export const NO_REPORTS_EXPECTED: TimelinessCounts = timelinessCounts({ expected: 0, onTime: 0, late: 0 });

/**
 * Totals of several cells (months of an agency, agencies of a month): the counts are added and the
 * rates computed again from the sums, never averaged.
 */
export function sumTimeliness(cells: readonly Pick<TimelinessCounts, 'expected' | 'onTime' | 'late'>[]) {
  let expected = 0;
  let onTime = 0;
  let late = 0;
  for (const c of cells) {
    expected += c.expected;
    onTime += c.onTime;
    late += c.late;
  }
  return timelinessCounts({ expected, onTime, late });
}

export interface LeagueEntry {
  name: string;
  totals: Pick<TimelinessCounts, 'onTimeRate' | 'reportingRate'>;
}

/**
 * The league table's order: on-time rate, then reporting rate (both highest first), then the agency's
 * name in Thai dictionary order. Rank is the competition rank: agencies with the same two rates share
 * it and the next rank skips (1, 2, 2, 4); the name only decides who is printed first.
 */
export function rankLeague<T extends LeagueEntry>(
  entries: readonly T[],
  collator: Intl.Collator = new Intl.Collator('th'),
): (T & { rank: number })[] {
  const sorted = [...entries].sort(
    (a, b) =>
      b.totals.onTimeRate - a.totals.onTimeRate ||
      b.totals.reportingRate - a.totals.reportingRate ||
      collator.compare(a.name, b.name),
  );
  let rank = 0;
  return sorted.map((entry, i) => {
    const previous = sorted[i - 1];
    const tied =
      previous !== undefined &&
      previous.totals.onTimeRate === entry.totals.onTimeRate &&
      previous.totals.reportingRate === entry.totals.reportingRate;
    rank = tied ? rank : i + 1;
    return { ...entry, rank };
  });
}

/** Bands of the on-time rate for colouring a cell (the web legend names them). */
export const ON_TIME_BANDS = ['none', 'low', 'fair', 'good', 'high'] as const;
export type OnTimeBand = (typeof ON_TIME_BANDS)[number];

/** none: nothing expected; high ≥ 90 %, good ≥ 75 %, fair ≥ 50 %, low below. */
export function onTimeBand(counts: Pick<TimelinessCounts, 'expected' | 'onTimeRate'>): OnTimeBand {
  if (counts.expected === 0) return 'none';
  if (counts.onTimeRate >= 90) return 'high';
  if (counts.onTimeRate >= 75) return 'good';
  if (counts.onTimeRate >= 50) return 'fair';
  return 'low';
}
