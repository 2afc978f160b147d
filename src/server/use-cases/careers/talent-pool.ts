/**
 * The talent pool (issue 12, item 5): per key position (a seat of a title some path leads to) the nominated
 * successors with readiness, consent, standing under the paths in force and the history of changes; bench
 * strength and coverage; and for the next fiscal years the seats retirements empty that no ready and
 * eligible successor covers. Focal points and approvers see their unit's seats; the committee figures only.
 */
import { benchStrength, poolYears, standing, type CriterionResult } from '../../../domain/careers';
import { fiscalYearOfIsoDate } from '../../../domain/period';
import type { TalentPoolView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { candidateScope } from '../../policies/careers/careers-policy';
import { nominationHistory, openNominations } from '../../repositories/careers/nominations';
import { listPathRows, versionsInForce } from '../../repositories/careers/paths';
import { seatRows } from '../../repositories/careers/seats';
import { judge, loadCandidates } from './candidates';
import { bangkokToday } from './today';

const NOT_MET: CriterionResult = {
  kind: 'all',
  ref: null,
  text: null,
  met: false,
  value: null,
  time: null,
  required: null,
  used: [],
  metOn: null,
  gap: null,
  children: null,
};

function best(results: CriterionResult[]): CriterionResult {
  return results.reduce((a, b) => {
    if (a.met || b.met) return a.met ? a : b;
    if (a.metOn === null) return b;
    if (b.metOn === null) return a;
    return a.metOn <= b.metOn ? a : b;
  }, NOT_MET);
}

export async function talentPool(
  db: Queryable,
  actor: Actor,
  input: { asOf?: string | undefined; years: number },
): Promise<TalentPoolView> {
  const asOf = input.asOf ?? bangkokToday();
  const scope = candidateScope(actor, null);
  const paths = new Map((await listPathRows(db, asOf)).map((p) => [p.id, p]));
  const versions = await versionsInForce(db, asOf);
  const titles = [...new Set([...paths.values()].map((p) => p.target_title))].sort();
  const seats = await seatRows(db, titles, asOf, scope.unitId);
  const noms = await openNominations(
    db,
    seats.map((s) => s.position_id),
  );
  const history = await nominationHistory(
    db,
    noms.map((n) => n.id),
  );
  const set = await loadCandidates(db, asOf, { unitId: null, personIds: noms.map((n) => n.person_id) });
  const inService = new Set(set.candidates.map((c) => c.id));
  const titleOf = new Map(seats.map((s) => [s.position_id, s.title]));
  const resultOf = (personId: number, title: string) =>
    inService.has(personId)
      ? best(
          versions
            .filter((v) => paths.get(v.path_id)?.target_title === title)
            .map((v) => judge(set, v.path_id, personId, v.criteria, asOf).result),
        )
      : NOT_MET;
  const judged = noms.map((n) => ({ n, result: resultOf(n.person_id, titleOf.get(n.position_id)!) }));
  const fromFiscalYear = fiscalYearOfIsoDate(asOf);
  const poolPositions = seats.map((s) => ({
    positionId: s.position_id,
    holderRetiresFy: s.holder_id === null ? null : s.retirement_fiscal_year,
    vacant: s.holder_id === null,
  }));
  const nominees = judged.map(({ n, result }) => ({
    positionId: n.position_id,
    personId: n.person_id,
    readiness: n.readiness,
    consent: n.consent,
    retirementFiscalYear: n.retirement_fiscal_year,
    eligibleNow: result.met,
    eligibleOn: result.metOn,
  }));
  const numberOf = new Map(seats.map((s) => [s.position_id, s.position_no]));
  return {
    asOf,
    fromFiscalYear,
    bench: benchStrength(poolPositions, nominees),
    years: poolYears(poolPositions, nominees, fromFiscalYear, input.years).map((y) => ({
      ...y,
      uncovered: y.uncovered.map((id) => numberOf.get(id)!),
    })),
    positions: scope.names
      ? seats.map((s) => ({
          positionId: s.position_id,
          positionNo: s.position_no,
          title: s.title,
          unit: { code: s.unit_code, name: s.unit_name },
          holder: s.holder_name,
          retirementFiscalYear: s.retirement_fiscal_year,
          nominees: judged
            .filter(({ n }) => n.position_id === s.position_id)
            .map(({ n, result }) => ({
              id: n.id,
              personNo: n.person_no,
              name: n.name,
              readiness: n.readiness,
              consent: n.consent,
              note: n.note,
              nominatedBy: n.nominated_by,
              nominatedAt: n.nominated_at,
              standing: standing(result, asOf, 2),
              version: n.version,
              history: history
                .filter((h) => h.nomination_id === n.id)
                .map((h) => ({
                  readiness: h.readiness,
                  consent: h.consent,
                  note: h.note,
                  withdrawn: h.withdrawn,
                  by: h.by,
                  at: h.at,
                })),
            })),
        }))
      : null,
  };
}
