/**
 * Succession per key title (issue 12, item 5): for every title some approved path leads to, its seats and
 * holders, the people eligible under any of those paths now or within N years, and for each of the next
 * fiscal years the seats retirements empty against the successors ready by then. The committee sees
 * figures only; a focal point or approver, their own unit's seats and candidates.
 */
import { successionView, type CriterionResult } from '../../../domain/careers';
import { fiscalYearOfIsoDate } from '../../../domain/period';
import type { SuccessionView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { candidateScope } from '../../policies/careers/careers-policy';
import { listPathRows, versionsInForce } from '../../repositories/careers/paths';
import { seatRows } from '../../repositories/careers/seats';
import { judge, loadCandidates } from './candidates';
import { bangkokToday } from './today';

/** Eligible under any of the paths: the best of their results (met, else the earliest date). */
function best(results: CriterionResult[]): CriterionResult {
  return results.reduce((a, b) => {
    if (a.met || b.met) return a.met ? a : b;
    if (a.metOn === null) return b;
    if (b.metOn === null) return a;
    return a.metOn <= b.metOn ? a : b;
  });
}

export async function succession(
  db: Queryable,
  actor: Actor,
  input: { asOf?: string | undefined; withinYears: number; years: number },
): Promise<SuccessionView> {
  const asOf = input.asOf ?? bangkokToday();
  const scope = candidateScope(actor, null);
  const paths = await listPathRows(db, asOf);
  const versions = await versionsInForce(db, asOf);
  const byTitle = new Map<string, { codes: string[]; pathIds: number[] }>();
  for (const v of versions) {
    const p = paths.find((x) => x.id === v.path_id)!;
    const t = byTitle.get(p.target_title) ?? { codes: [], pathIds: [] };
    t.codes.push(p.code);
    t.pathIds.push(p.id);
    byTitle.set(p.target_title, t);
  }
  const titles = [...byTitle.keys()].sort();
  const seats = await seatRows(db, titles, asOf, scope.unitId);
  // Only the people who could meet some path in force: the others change no figure (successionView
  // counts the met and those with a date), decision 0018.
  const set = await loadCandidates(db, asOf, {
    unitId: scope.unitId,
    couldMeet: { criteria: versions.map((v) => v.criteria), pathIds: versions.map((v) => v.path_id) },
  });
  const fromFiscalYear = fiscalYearOfIsoDate(asOf);
  return {
    asOf,
    fromFiscalYear,
    withinYears: input.withinYears,
    titles: titles.map((title) => {
      const { codes, pathIds } = byTitle.get(title)!;
      const mine = versions.filter((v) => pathIds.includes(v.path_id));
      const candidates = set.candidates.map((c) => {
        const result = best(mine.map((v) => judge(set, v.path_id, c.id, v.criteria, asOf).result));
        return { personId: c.id, retirementFiscalYear: c.retirement_fiscal_year, result };
      });
      const titleSeats = seats.filter((s) => s.title === title);
      const view = successionView(
        titleSeats.map((s) => ({
          positionId: s.position_id,
          holder:
            s.holder_id === null
              ? null
              : { personId: s.holder_id, retirementFiscalYear: s.retirement_fiscal_year },
        })),
        candidates,
        { asOf, withinYears: input.withinYears, fromFiscalYear, years: input.years },
      );
      return {
        targetTitle: title,
        paths: codes.sort(),
        ...view,
        holders: scope.names
          ? titleSeats.map((s) => ({
              positionNo: s.position_no,
              unit: { code: s.unit_code, name: s.unit_name },
              holder: s.holder_name,
              retirementFiscalYear: s.retirement_fiscal_year,
            }))
          : null,
      };
    }),
  };
}
