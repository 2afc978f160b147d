/**
 * Opens a course cohort (issue 12, item 6): the course as the criteria name it, the path it prepares for, the
 * dates, the score components with the office's weights (summing to 100) and an optional pass mark. Audited.
 */
import { componentIssues } from '../../../domain/careers';
import type { CohortCreate, CohortView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { conflict, invalidInput } from '../../errors';
import { requireCohortEditor } from '../../policies/careers/cohort-policy';
import { recordAudit } from '../../repositories/audit';
import { insertCohort, pathExists } from '../../repositories/careers/cohorts';
import { accessOf, getCohort } from './cohorts';

export async function createCohort(
  db: Database,
  actor: Actor,
  input: CohortCreate,
  options: { isExample?: boolean } = {},
): Promise<CohortView> {
  requireCohortEditor(await accessOf(db, actor));
  const issues = componentIssues(input.components);
  if (issues.length > 0) throw invalidInput(issues);
  const id = await db.transaction(async (tx) => {
    const pathId = input.pathId ?? null;
    if (pathId !== null && !(await pathExists(tx, pathId)))
      throw invalidInput([
        { field: 'pathId', th: `ไม่พบเส้นทางความก้าวหน้ารหัส ${pathId}`, en: `no career path ${pathId}` },
      ]);
    const fields = {
      code: input.code,
      name: input.name,
      course: input.course,
      pathId,
      fiscalYear: input.fiscalYear,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      components: input.components,
      passMark: input.passMark ?? null,
      isExample: options.isExample ?? false,
      createdBy: actor.userId,
    };
    const made = await insertCohort(tx, fields);
    if (made === null)
      throw conflict({ th: `มีรุ่นรหัส ${input.code} อยู่แล้ว`, en: `A cohort coded ${input.code} already exists` });
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'career_cohort',
      entityId: made,
      after: {
        code: input.code,
        name: input.name,
        course: input.course,
        path_id: pathId,
        fiscal_year: input.fiscalYear,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        components: input.components,
        pass_mark: fields.passMark,
      },
    });
    return made;
  });
  return getCohort(db, actor, id);
}
