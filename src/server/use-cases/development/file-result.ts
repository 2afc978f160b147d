/**
 * Filing a project's result on form สพข. ๒ (POST: the first time; PUT: refiling in place with the version
 * read). filed_on is today in Bangkok (the server's clock), filed_by the user. Who: the project's agency, the
 * development institute, admins (src/server/policies/development/result-policy.ts). Cross-field checks are
 * the domain's (checkResult); the change and its audit row share one transaction.
 */
import { checkResult } from '../../../domain/development';
import type { ProjectResultView, ResultInput, ResultUpdate } from '../../../shared/api/development/results';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { assertCanFileResult } from '../../policies/development/result-policy';
import { recordAudit } from '../../repositories/audit';
import { insertResult, projectResult, updateResult } from '../../repositories/development/results';
import { bangkokToday } from '../clock';
import { actorUnitCode, getProjectResult, PROJECT } from './result-view';

export async function fileProjectResult(
  db: Database,
  actor: Actor,
  id: number,
  input: ResultInput | ResultUpdate,
  now = new Date(),
): Promise<ProjectResultView> {
  const today = bangkokToday(now);
  const refile = 'version' in input;
  await db.transaction(async (tx) => {
    const row = await projectResult(tx, id, true);
    if (!row) throw notFound(PROJECT);
    assertCanFileResult(actor, await actorUnitCode(tx, actor), row.unit_id);
    const issues = checkResult(input, today);
    if (issues.length > 0) throw invalidInput(issues);
    const before = row.result;
    if (!refile) {
      if (before)
        throw conflict({
          th: 'โครงการนี้รายงานผลแล้ว ให้แก้ไขผลที่รายงานไว้แทน',
          en: 'This project already has a result; refile it instead',
        });
      await insertResult(tx, id, input, today, actor.userId);
    } else {
      if (!before) throw notFound({ th: 'ผลการดำเนินโครงการ', en: 'Project result' });
      if (!(await updateResult(tx, id, input.version, input, today, actor.userId)))
        throw conflict({
          th: 'ผลของโครงการนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดใหม่',
          en: "This project's result was changed by someone else; reload",
        });
    }
    await recordAudit(tx, actor, {
      action: refile ? 'update' : 'create',
      entity: 'development_result',
      entityId: id,
      before,
      after: {
        actual_start: input.actualStart,
        actual_end: input.actualEnd,
        participants: input.participants,
        passed: input.passed,
        spent_ordinance: input.spentOrdinance,
        spent_other: input.spentOther,
        evaluation_score: input.evaluationScore,
        lessons: input.lessons,
        filed_on: today,
        filed_by: actor.label,
      },
    });
  });
  return getProjectResult(db, actor, id, now);
}
