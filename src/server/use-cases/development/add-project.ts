/** An agency's focal point adds a project to its submission of the year (a draft or returned one). */
import type { ProjectInput, ProjectView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { requireProjectEditor } from '../../policies/development/cycle-policy';
import { recordAudit } from '../../repositories/audit';
import { findProjectRow, insertProject } from '../../repositories/development/projects';
import { requireUnit, requireYear } from './cycle-common';
import { auditedProject, codeTaken, openSubmissionForEdit, projectFields } from './project-common';
import { toProjectView } from './submission-view';

export async function addProject(
  db: Database,
  actor: Actor,
  fiscalYear: number,
  unitCode: string,
  input: ProjectInput,
): Promise<ProjectView> {
  await requireYear(db, fiscalYear);
  const unit = await requireUnit(db, unitCode);
  requireProjectEditor(actor, unit.id);
  return db.transaction(async (tx) => {
    await openSubmissionForEdit(tx, fiscalYear, unit.id);
    const fields = await projectFields(tx, fiscalYear, input);
    const id = await insertProject(tx, fiscalYear, unit.id, fields);
    if (id === null) throw codeTaken(fiscalYear, input.projectCode);
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'development_project',
      entityId: id,
      after: {
        fiscal_year: fiscalYear,
        unit: unit.code,
        ...auditedProject({ ...fields, strategyNo: input.strategyNo }),
      },
    });
    return toProjectView((await findProjectRow(tx, fiscalYear, id))!);
  });
}
