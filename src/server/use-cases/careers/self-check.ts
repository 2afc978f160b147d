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
import { listPathRows, versionsInForce } from '../../repositories/careers/paths';
import { judge, loadCandidates } from './candidates';
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
  const personId = await personOfUser(db, actor.userId);
  if (personId === null) throw notFound(NO_PERSON);
  const [set, pathRows, versions] = await Promise.all([
    loadCandidates(db, asOf, { unitId: null, personId }),
    listPathRows(db, asOf),
    versionsInForce(db, asOf),
  ]);
  const me = set.candidates[0];
  if (!me) throw notFound(NO_PERSON);
  const paths = new Map(pathRows.map((p) => [p.id, p]));
  const checks = versions.flatMap((v) => {
    const p = paths.get(v.path_id);
    if (!p) return [];
    const j = judge(set, p.id, me.id, v.criteria, asOf);
    return [
      {
        path: { id: p.id, code: p.code, name: p.name, targetTitle: p.target_title },
        versionNo: v.version_no,
        effectiveFrom: v.effective_from,
        standing: standing(j.result, asOf, input.withinYears ?? 1),
        byException: j.byException,
        exceptions: j.exceptions,
        result: j.result,
      },
    ];
  });
  checks.sort(
    (a, b) => a.path.targetTitle.localeCompare(b.path.targetTitle) || a.path.code.localeCompare(b.path.code),
  );
  return { person: { personNo: me.person_no, name: me.name }, asOf, paths: checks };
}
