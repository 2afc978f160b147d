/** An agency's focal point deletes one of its projects while its submission is a draft or returned. */
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { notFound } from '../../errors';
import { requireProjectEditor } from '../../policies/development/cycle-policy';
import { recordAudit } from '../../repositories/audit';
import { deleteProject as deleteRow, findProjectRow } from '../../repositories/development/projects';
import { checkVersion } from './cycle-common';
import { auditedRow, openSubmissionForEdit, PROJECT } from './project-common';

export async function deleteProject(
  db: Database,
  actor: Actor,
  fiscalYear: number,
  id: number,
  version: number,
): Promise<void> {
  const found = await findProjectRow(db, fiscalYear, id);
  if (!found) throw notFound(PROJECT);
  requireProjectEditor(actor, found.unit_id);
  await db.transaction(async (tx) => {
    await openSubmissionForEdit(tx, fiscalYear, found.unit_id);
    await tx.query('select 1 from development_project where id = $1 for update', [id]);
    const before = await findProjectRow(tx, fiscalYear, id);
    if (!before) throw notFound(PROJECT);
    checkVersion(before.version, version, PROJECT);
    await deleteRow(tx, id);
    await recordAudit(tx, actor, {
      action: 'delete',
      entity: 'development_project',
      entityId: id,
      before: auditedRow(before),
    });
  });
}
