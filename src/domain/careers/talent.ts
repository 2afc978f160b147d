/**
 * The talent pool per key position (issue 12, item 5): nominated successors with readiness and consent,
 * bench strength and coverage (ISO 30414: successors ÷ key positions), and for each of the next fiscal
 * years the positions retirements empty against successors both nominated-and-ready and eligible by then,
 * flagging the positions that have none.
 */
import { fiscalYearEnd } from './succession';

export const READINESS = ['ready_now', 'one_to_two_years', 'later'] as const;
export type Readiness = (typeof READINESS)[number];
export const CONSENT = ['yes', 'no', 'pending'] as const;
export type Consent = (typeof CONSENT)[number];

/** The first fiscal year a nominee counts as ready, from the year of the as-of date. */
export function readyFrom(readiness: Readiness, fromFiscalYear: number): number {
  return fromFiscalYear + (readiness === 'ready_now' ? 0 : readiness === 'one_to_two_years' ? 2 : 3);
}

export interface PoolPosition {
  positionId: number;
  /** The holder's retirement fiscal year (BE); null when vacant or unknown. */
  holderRetiresFy: number | null;
  vacant: boolean;
}

export interface PoolNominee {
  positionId: number;
  personId: number;
  readiness: Readiness;
  consent: Consent;
  retirementFiscalYear: number | null;
  /** Eligible under the position's paths now (true), else the date staying makes them eligible, else null. */
  eligibleNow: boolean;
  eligibleOn: string | null;
}

export interface BenchStrength {
  keyPositions: number;
  /** Distinct people nominated (consent not refused) for any key position. */
  successors: number;
  /** successors ÷ keyPositions, 2 decimals (ISO 30414 succession coverage); null without positions. */
  coverage: number | null;
  /** Positions with at least one ready-now successor, and that share in percent (bench strength). */
  positionsReadyNow: number;
  benchStrengthPct: number | null;
}

export interface PoolYear {
  fiscalYear: number;
  /** Positions whose holder retires at the end of this year. */
  emptied: number;
  /** Emptied positions (this year) with no successor nominated, ready by then and eligible by the year end. */
  uncovered: number[];
  /** Distinct such successors for this year's emptied positions. */
  readySuccessors: number;
}

const counts = (n: PoolNominee) => n.consent !== 'no';
const round2 = (x: number) => Math.round(x * 100) / 100;

export function benchStrength(
  positions: readonly PoolPosition[],
  nominees: readonly PoolNominee[],
): BenchStrength {
  const ids = new Set(positions.map((p) => p.positionId));
  const valid = nominees.filter((n) => counts(n) && ids.has(n.positionId));
  const successors = new Set(valid.map((n) => n.personId)).size;
  const readyNow = new Set(valid.filter((n) => n.readiness === 'ready_now').map((n) => n.positionId)).size;
  const k = positions.length;
  return {
    keyPositions: k,
    successors,
    coverage: k === 0 ? null : round2(successors / k),
    positionsReadyNow: readyNow,
    benchStrengthPct: k === 0 ? null : round2((readyNow * 100) / k),
  };
}

/** A nominee who can take the seat emptied at the end of `fy`: ready, eligible by then, still in service. */
export function readyFor(n: PoolNominee, fy: number, fromFiscalYear: number): boolean {
  return (
    counts(n) &&
    readyFrom(n.readiness, fromFiscalYear) <= fy &&
    (n.retirementFiscalYear === null || n.retirementFiscalYear > fy) &&
    (n.eligibleNow || (n.eligibleOn !== null && n.eligibleOn <= fiscalYearEnd(fy)))
  );
}

export function poolYears(
  positions: readonly PoolPosition[],
  nominees: readonly PoolNominee[],
  fromFiscalYear: number,
  years: number,
): PoolYear[] {
  const out: PoolYear[] = [];
  for (let i = 0; i < years; i++) {
    const fy = fromFiscalYear + i;
    const emptied = positions.filter((p) => !p.vacant && p.holderRetiresFy === fy);
    const ready = new Set<number>();
    const uncovered: number[] = [];
    for (const p of emptied) {
      const mine = nominees.filter((n) => n.positionId === p.positionId && readyFor(n, fy, fromFiscalYear));
      mine.forEach((n) => ready.add(n.personId));
      if (mine.length === 0) uncovered.push(p.positionId);
    }
    out.push({ fiscalYear: fy, emptied: emptied.length, uncovered, readySuccessors: ready.size });
  }
  return out;
}
