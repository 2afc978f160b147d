/**
 * A person's own check against every path in force (issue 12, item 3): criterion by criterion, what is
 * met, what is missing and what would close the gap (a course, another section, the date time alone
 * does it). Open to any signed-in user linked to a person record — the staff role above all.
 */
import { standing } from '../../../domain/careers';
import type { SelfCheckView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { personOfUser } from '../../repositories/careers/candidates';
import { criteriaInForce } from '../../repositories/careers/paths';
import { judge, loadPerson } from './candidates';
import { bangkokToday } from './today';

const NO_PERSON = {
  th: 'ข้อมูลบุคคลที่ผูกกับบัญชีนี้ (หรือบุคคลนั้นไม่อยู่ในราชการ ณ วันที่ขอ)',
  en: 'A person record linked to this account (or the person is not in service on that date)',
};

export async function selfCheck(
  db: Queryable,
  actor: Actor,
  input: { asOf?: string | undefined; withinYears?: number },
): Promise<SelfCheckView> {
  const asOf = input.asOf ?? bangkokToday();
  // The session already carries the linked person (auth.ts); a caller without it asks the database.
  const personId = actor.personId !== undefined ? actor.personId : await personOfUser(db, actor.userId);
  if (personId === null) throw notFound(NO_PERSON);
  // Every read side by side, one round of the pool after the session's: the person's row and facts
  // (loadPerson) and every path's criteria in force with its names in one query (not the paths' list and
  // their versions in two).
  const [set, versions] = await Promise.all([loadPerson(db, asOf, personId), criteriaInForce(db, asOf)]);
  const me = set.candidates[0];
  if (!me) throw notFound(NO_PERSON);
  const checks = versions.map((v) => {
    const j = judge(set, v.path_id, me.id, v.criteria, asOf);
    return {
      path: { id: v.path_id, code: v.code, name: v.name, targetTitle: v.target_title },
      versionNo: v.version_no,
      effectiveFrom: v.effective_from,
      standing: standing(j.result, asOf, input.withinYears ?? 1),
      byException: j.byException,
      exceptions: j.exceptions,
      result: j.result,
    };
  });
  checks.sort(
    (a, b) => a.path.targetTitle.localeCompare(b.path.targetTitle) || a.path.code.localeCompare(b.path.code),
  );
  return { person: { personNo: me.person_no, name: me.name }, asOf, paths: checks };
}
