/**
 * Reading course cohorts (issue 12, item 6): the list, and one cohort with its ranked list computed from the
 * scores (src/domain/careers/cohort-ranking.ts). The office sees names; the committee and other agencies the
 * figures; a staff user only the cohorts they are in, and there only their own row (policies/careers/cohort-policy).
 */
import { rankCohort } from '../../../domain/careers';
import type { CohortMemberView, CohortSummary, CohortView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { cohortAccess, type CohortAccess } from '../../policies/careers/cohort-policy';
import { personOfUser } from '../../repositories/careers/candidates';
import {
  cohortRow,
  cohortRows,
  memberRows,
  unitCodeOf,
  type CohortRow,
} from '../../repositories/careers/cohorts';

export const COHORT = { th: 'รุ่นของหลักสูตรนี้', en: 'This course cohort' };

export async function accessOf(db: Queryable, actor: Actor): Promise<CohortAccess> {
  const code = actor.unitId === null ? null : await unitCodeOf(db, actor.unitId);
  return cohortAccess(actor, code);
}

function toSummary(r: CohortRow): CohortSummary {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    course: r.course,
    path: r.path_id === null ? null : { id: r.path_id, code: r.path_code!, targetTitle: r.target_title! },
    fiscalYear: r.fiscal_year,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: r.status,
    members: r.members,
    isExample: r.is_example,
  };
}

export async function listCohorts(db: Queryable, actor: Actor): Promise<CohortSummary[]> {
  const access = await accessOf(db, actor);
  if (access !== 'self') return (await cohortRows(db, null)).map(toSummary);
  const me = await personOfUser(db, actor.userId);
  return me === null ? [] : (await cohortRows(db, me)).map(toSummary);
}

/** The cohort as computed now: its ranked list with every member (for the office, export and publish). */
export async function rankedCohort(db: Queryable, row: CohortRow) {
  const members = await memberRows(db, row.id);
  const passMark = row.pass_mark === null ? null : Number(row.pass_mark);
  const ranked = rankCohort(
    row.components,
    passMark,
    members.map((m) => ({ personId: m.person_id, personNo: m.person_no, scores: m.scores })),
  );
  const byId = new Map(members.map((m) => [m.person_id, m]));
  return { passMark, ranked, byId };
}

export async function getCohort(db: Queryable, actor: Actor, id: number): Promise<CohortView> {
  const access = await accessOf(db, actor);
  const row = await cohortRow(db, id);
  if (!row) throw notFound(COHORT);
  const me = access === 'self' ? await personOfUser(db, actor.userId) : null;
  const { passMark, ranked, byId } = await rankedCohort(db, row);
  if (access === 'self' && !ranked.some((r) => r.personId === me)) throw notFound(COHORT);
  const names = access === 'office' || access === 'self';
  const list: CohortMemberView[] = ranked
    .filter((r) => access !== 'self' || r.personId === me)
    .map((r) => {
      const m = byId.get(r.personId)!;
      return {
        personNo: names ? m.person_no : null,
        name: names ? m.name : null,
        unit: names ? m.unit_code : null,
        scores: Object.fromEntries(row.components.map((c) => [c.code, m.scores[c.code] ?? null])),
        state: r.state,
        total: r.total,
        rank: r.rank,
        top: r.top,
        decidedBy: r.decidedBy,
        coursePassed: m.course_passed,
      };
    });
  return {
    ...toSummary(row),
    components: row.components,
    passMark,
    publishedAt: row.published_at,
    version: row.version,
    canEdit: access === 'office',
    names,
    ranked: ranked.filter((r) => r.state === 'ranked').length,
    list,
  };
}
