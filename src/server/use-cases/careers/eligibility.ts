/**
 * Who is eligible for a path as of a date (issue 12, item 4): the version in force (or, for the central
 * office's what-if, the draft), evaluated for every candidate in the actor's scope. Focal points and
 * approvers see their own unit with names; the committee sees figures only.
 */
import { standing } from '../../../domain/careers';
import type { EligibilityView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import { candidateScope, requireCareerAdmin } from '../../policies/careers/careers-policy';
import { unitByCode } from '../../repositories/careers/candidates';
import { draftRow, findPathRow, versionsInForce } from '../../repositories/careers/paths';
import { judge, loadCandidates } from './candidates';
import { PATH } from './paths';
import { bangkokToday } from './today';

export interface EligibilityInput {
  asOf?: string | undefined;
  unit?: string | undefined;
  withinYears: number;
  draft?: 'true' | 'false' | undefined;
}

export async function resolveUnit(db: Queryable, code: string | undefined): Promise<number | null> {
  if (code === undefined) return null;
  const id = await unitByCode(db, code);
  if (id === null)
    throw invalidInput([{ field: 'unit', th: `ไม่พบหน่วยงานรหัส ${code}`, en: `no unit coded ${code}` }]);
  return id;
}

export async function pathEligibility(
  db: Queryable,
  actor: Actor,
  pathId: number,
  input: EligibilityInput,
): Promise<EligibilityView> {
  const asOf = input.asOf ?? bangkokToday();
  const scope = candidateScope(actor, await resolveUnit(db, input.unit));
  const useDraft = input.draft === 'true';
  if (useDraft) requireCareerAdmin(actor);
  const path = await findPathRow(db, pathId, asOf);
  if (!path) throw notFound(PATH);
  const version = useDraft
    ? await draftRow(db, pathId)
    : ((await versionsInForce(db, asOf)).find((v) => v.path_id === pathId) ?? null);
  if (!version)
    throw notFound(
      useDraft
        ? { th: 'ร่างของเส้นทางนี้', en: 'A draft of this path' }
        : { th: `ฉบับที่อนุมัติและใช้บังคับ ณ ${asOf}`, en: `An approved version in force on ${asOf}` },
    );
  const set = await loadCandidates(db, asOf, {
    unitId: scope.unitId,
    couldMeet: { criteria: [version.criteria], pathIds: [pathId] },
  });
  const counts = { candidates: set.total, eligible: 0, within: 0, exceptions: 0 };
  const byUnit = new Map<string, { code: string; name: string; eligible: number; within: number }>();
  const people: NonNullable<EligibilityView['people']> = [];
  for (const c of set.candidates) {
    const j = judge(set, pathId, c.id, version.criteria, asOf);
    const { result } = j;
    const s = standing(result, asOf, input.withinYears);
    if (j.byException) counts.exceptions++;
    if (s === 'not') continue;
    counts[s]++;
    if (c.unit_code !== null) {
      const u = byUnit.get(c.unit_code) ?? { code: c.unit_code, name: c.unit_name!, eligible: 0, within: 0 };
      u[s]++;
      byUnit.set(c.unit_code, u);
    }
    people.push({
      personNo: c.person_no,
      name: c.name,
      unit: c.unit_code === null ? null : { code: c.unit_code, name: c.unit_name! },
      standing: s,
      metOn: result.metOn,
      exception: j.byException,
      waived: j.wholePath
        ? []
        : j.exceptions.flatMap((e) => (e.criterionRef === null ? [] : [e.criterionRef])),
      missing: (result.children ?? [result]).filter((x) => !x.met).map((x) => x.ref ?? x.kind),
    });
  }
  return {
    path: { id: path.id, code: path.code, name: path.name, targetTitle: path.target_title },
    versionNo: version.version_no,
    status: version.status,
    asOf,
    withinYears: input.withinYears,
    counts,
    byUnit: [...byUnit.values()].sort((a, b) => a.code.localeCompare(b.code)),
    people: scope.names ? people : null,
  };
}
