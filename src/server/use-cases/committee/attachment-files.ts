/**
 * Reading and removing one attached file. Readers as the assignment's: the secretariat and the committee
 * read every file, a unit user its own unit's (another unit's: 404, its existence not revealed), staff 403.
 * Only the uploader's unit removes a file, while the assignment is open; audited with the file's name, size
 * and hash.
 */
import { mayChangeAttachments } from '../../../domain/committee';
import type { AssignmentDetail } from '../../../shared/api/committee';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, forbidden, notFound } from '../../errors';
import { readableAssignmentUnit } from '../../policies/committee/committee-policy';
import { recordAudit } from '../../repositories/audit';
import { assignmentRows } from '../../repositories/committee/assignments';
import { attachmentContent, attachmentRow, deleteAttachment } from '../../repositories/committee/attachments';
import { getAssignment } from './assignments';
import { lockVisibleAssignment } from './report-progress';

const FILE = { th: 'ไฟล์แนบนี้', en: 'This attached file' };

/** The file row if the actor may read it (404 when missing or another unit's; staff 403). */
async function readable(db: Queryable, actor: Actor, id: number, lock = false) {
  if (actor.role === 'staff') throw forbidden();
  const unit = readableAssignmentUnit(actor);
  const file = await attachmentRow(db, id, lock);
  if (!file || unit === undefined) throw notFound(FILE);
  const assignment = (await assignmentRows(db, { ids: [file.assignment_id] }))[0];
  if (!assignment || (unit !== null && assignment.unit_id !== unit)) throw notFound(FILE);
  return file;
}

export async function downloadAttachment(
  db: Queryable,
  actor: Actor,
  id: number,
): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array }> {
  const file = await readable(db, actor, id);
  const bytes = await attachmentContent(db, id);
  if (!bytes) throw notFound(FILE);
  return { fileName: file.file_name, mediaType: file.media_type, bytes };
}

export async function removeAttachment(db: Database, actor: Actor, id: number): Promise<AssignmentDetail> {
  const assignmentId = await db.transaction(async (tx) => {
    const file = await readable(tx, actor, id, true);
    const assignment = await lockVisibleAssignment(tx, actor, file.assignment_id);
    const may = mayChangeAttachments({ state: assignment.state, unitId: assignment.unit_id }, actor.unitId);
    if (may.refused)
      throw may.code === 'other_unit'
        ? forbidden({ th: may.th, en: may.en })
        : conflict({ th: may.th, en: may.en });
    await deleteAttachment(tx, id);
    await recordAudit(tx, actor, {
      action: 'delete',
      entity: 'committee_attachment',
      entityId: id,
      before: {
        assignment_id: file.assignment_id,
        progress_id: file.progress_id,
        file_name: file.file_name,
        media_type: file.media_type,
        size_bytes: file.size_bytes,
        sha256: file.sha256,
      },
    });
    return file.assignment_id;
  });
  return getAssignment(db, actor, assignmentId);
}
