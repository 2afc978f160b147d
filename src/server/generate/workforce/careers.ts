/**
 * A person's career as steps (a level held in a unit for some years), laid out backwards from the day it
 * ends (today, or the day they left), and turned into dated holds rows: each step is cut into orders of one
 * to two and a half years (moves inside the unit, renumbered positions), each a row; only the last row
 * names the position of the staffing frame the person holds (or held when they left). Pure.
 */
import type { Random } from '../random';
import { isoOf, years } from './days';
import type { HistoryRow, PositionType } from './types';

export interface Step {
  years: number;
  title: string;
  positionType: PositionType;
  level: string;
  line: string | null;
  unitCode: string;
  section: string | null;
  sectionHead: boolean;
}

/** A step as dated: first day and the day after its last (half-open). */
export interface DatedStep extends Step {
  fromDay: number;
  untilDay: number;
}

/** Dates the steps so that the last one ends on `endDay` (exclusive); returns them and the entry day. */
export function dateSteps(steps: readonly Step[], endDay: number): { dated: DatedStep[]; entryDay: number } {
  let until = endDay;
  const dated: DatedStep[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    const from = until - Math.max(30, years(step.years));
    dated.unshift({ ...step, fromDay: from, untilDay: until });
    until = from;
  }
  return { dated, entryDay: until };
}

export const orderRef = (rng: Random, day: number) =>
  `คำสั่งกรุงเทพมหานคร ที่ ${rng.int(100, 4999)}/${Number(isoOf(day).slice(0, 4)) + 543}`;

/**
 * The holds rows of dated steps: `open` leaves the last row without an end (still held); the last row
 * carries `positionNo`. Returns the first day of the last row (when the position was taken up).
 */
export function holdsRows(
  out: HistoryRow[],
  personNo: string,
  dated: readonly DatedStep[],
  options: { open: boolean; positionNo: string; workUnitCode?: string | null },
  rng: Random,
): number {
  let lastFrom = 0;
  dated.forEach((step, s) => {
    const cuts: number[] = [step.fromDay];
    let day = step.fromDay + years(rng.float(1, 2.5));
    while (day < step.untilDay - 180) {
      cuts.push(day);
      day += years(rng.float(1, 2.5));
    }
    cuts.forEach((from, c) => {
      const until = cuts[c + 1] ?? step.untilDay;
      const last = s === dated.length - 1 && c === cuts.length - 1;
      if (last) lastFrom = from;
      out.push({
        personNo,
        from: isoOf(from),
        to: last && options.open ? null : isoOf(until - 1),
        role: 'holds',
        positionNo: last ? options.positionNo : null,
        title: step.title,
        positionType: step.positionType,
        level: step.level,
        line: step.line,
        unitCode: step.unitCode,
        workUnitCode: last ? (options.workUnitCode ?? null) : null,
        section: step.section,
        sectionHead: step.sectionHead,
        orderRef: orderRef(rng, from),
      });
    });
  });
  return lastFrom;
}

/** The ladder of a line of work: the years spent at each level for a career of `total` years. */
export function ladder(
  kind: 'academic' | 'general' | 'permanent' | 'temporary',
  total: number,
  rng: Random,
): Array<{ level: string; years: number }> {
  const plan: ReadonlyArray<readonly [level: string, min: number, max: number, goOn: number]> =
    kind === 'academic'
      ? [
          ['practitioner', 4, 7, 0.9],
          ['professional', 5, 10, 0.45],
          ['senior_professional', 5, 10, 0.06],
          ['expert', 99, 99, 0],
        ]
      : kind === 'general'
        ? [
            ['operational', 6, 9, 0.85],
            ['experienced', 7, 10, 0.45],
            ['senior_general', 99, 99, 0],
          ]
        : kind === 'permanent'
          ? [
              ['operational', 8, 12, 0.6],
              ['experienced', 99, 99, 0],
            ]
          : [['operational', 99, 99, 0]];
  const out: Array<{ level: string; years: number }> = [];
  let left = Math.max(0.2, total);
  for (const [level, min, max, goOn] of plan) {
    const span = rng.float(min, max);
    if (left <= span || !rng.chance(goOn)) {
      out.push({ level, years: left });
      break;
    }
    out.push({ level, years: span });
    left -= span;
  }
  return out;
}
