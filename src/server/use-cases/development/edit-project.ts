/** An agency's focal point changes one of its projects while its submission is a draft or returned. */
import type { ProjectUpdate, ProjectView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { notFound } from '../../errors';
import { requireProjectEditor } from '../../policies/development/cycle-policy';
import { recordAudit } from '../../repositories/audit';
import { findProjectRow, updateProject } from '../../repositories/development/projects';
import { checkVersion } from './cycle-common';
import {
  auditedProject,
  auditedRow,
  codeTaken,
  openSubmissionForEdit,
  PROJECT,
  projectFields,
} from './project-common';
import { toProjectView } from './submission-view';

export async function editProject(
  db: Database,
  actor: Actor,
  fiscalYear: number,
  id: number,
  input: ProjectUpdate,
): Promise<ProjectView> {
  const found = await findProjectRow(db, fiscalYear, id);
  if (!found) throw notFound(PROJECT);
  requireProjectEditor(actor, found.unit_id);
  return db.transaction(async (tx) => {
    await openSubmissionForEdit(tx, fiscalYear, found.unit_id);
    await tx.query('select 1 from development_project where id = $1 for update', [id]);
    const before = await findProjectRow(tx, fiscalYear, id);
    if (!before) throw notFound(PROJECT);
    checkVersion(before.version, input.version, PROJECT);
    const fields = await projectFields(tx, fiscalYear, input);
    if (!(await updateProject(tx, id, fields))) throw codeTaken(fiscalYear, input.projectCode);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'development_project',
      entityId: id,
      before: auditedRow(before),
      after: auditedProject({ ...fields, strategyNo: input.strategyNo }),
    });
    return toProjectView((await findProjectRow(tx, fiscalYear, id))!);
  });
}
