/**
 * Succession per key position (issue 12, item 5): the seats of a key title, when their holders retire
 * (the legal rule, src/domain/workforce/retirement.ts), and the people eligible to succeed them now or by
 * each coming fiscal year — the view that joins the retirement date to the talent pool.
 */
import { metWithin, type CriterionResult } from './evaluate';

export type Standing = 'eligible' | 'within' | 'not';

/** Eligible now; within `years` by staying where they are; or not (time alone will not do it). */
export function standing(result: CriterionResult, asOf: string, years: number): Standing {
  if (result.met) return 'eligible';
  return metWithin(result, asOf, years) ? 'within' : 'not';
}

export interface Seat {
  positionId: number;
  /** The holder on the as-of date, null when vacant. */
  holder: { personId: number; retirementFiscalYear: number | null } | null;
}

export interface Candidate {
  personId: number;
  retirementFiscalYear: number | null;
  result: CriterionResult;
}

export interface SuccessionYear {
  /** Buddhist Era. */
  fiscalYear: number;
  /** Seats whose holder retires at the end of this fiscal year. */
  emptied: number;
  /** Seats vacant now plus those emptied up to this year's end. */
  openByYearEnd: number;
  /** People (not holding the title) eligible by 30 September of this year and still in service after it. */
  successors: number;
  /** openByYearEnd − successors when positive: seats nobody eligible can fill. */
  shortfall: number;
}

export interface SuccessionView {
  seats: number;
  vacant: number;
  eligibleNow: number;
  /** Eligible now or by staying within `withinYears` (the as-of date plus that many years, included). */
  eligibleWithin: number;
  /** eligibleNow ÷ seats × 100, rounded to 2 decimals (ISO/TS 30433 successor coverage); null without seats. */
  coveragePct: number | null;
  years: SuccessionYear[];
}

/** The last day of fiscal year `fyBe` (BE): 30 September of CE year fyBe − 543. */
export const fiscalYearEnd = (fyBe: number) => `${fyBe - 543}-09-30`;

export function successionView(
  seats: readonly Seat[],
  candidates: readonly Candidate[],
  options: { asOf: string; withinYears: number; fromFiscalYear: number; years: number },
): SuccessionView {
  const holders = new Set(seats.flatMap((s) => (s.holder ? [s.holder.personId] : [])));
  const pool = candidates.filter((c) => !holders.has(c.personId));
  const now = pool.filter((c) => c.result.met).length;
  const within = pool.filter((c) => standing(c.result, options.asOf, options.withinYears) !== 'not').length;
  const vacant = seats.filter((s) => s.holder === null).length;
  const years: SuccessionYear[] = [];
  let open = vacant;
  for (let i = 0; i < options.years; i++) {
    const fy = options.fromFiscalYear + i;
    const end = fiscalYearEnd(fy);
    const emptied = seats.filter((s) => s.holder?.retirementFiscalYear === fy).length;
    open += emptied;
    const successors = pool.filter(
      (c) =>
        (c.retirementFiscalYear === null || c.retirementFiscalYear > fy) &&
        (c.result.met || (c.result.metOn !== null && c.result.metOn <= end)),
    ).length;
    years.push({
      fiscalYear: fy,
      emptied,
      openByYearEnd: open,
      successors,
      shortfall: Math.max(0, open - successors),
    });
  }
  return {
    seats: seats.length,
    vacant,
    eligibleNow: now,
    eligibleWithin: within,
    coveragePct: seats.length === 0 ? null : Math.round((now * 10000) / seats.length) / 100,
    years,
  };
}
