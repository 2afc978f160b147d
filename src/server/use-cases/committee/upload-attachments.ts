/**
 * The assigned unit attaches files to its progress (issue 13, item 2): with a new progress report (all in
 * one transaction), or onto the assignment's latest progress entry. Each file's type is decided by its
 * content (domain: sniffAttachment), its name sanitised; at most LIMITS.attachmentsPerEntry files per entry.
 * Audited in the transaction with each file's name, type, size and SHA-256 (never its bytes).
 */
import { ATTACHMENT_MEDIA_TYPES, mayChangeAttachments } from '../../../domain/committee';
import type { AssignmentDetail, ProgressCreate } from '../../../shared/api/committee';
import { LIMITS } from '../../../shared/limits';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { conflict, forbidden, invalidInput } from '../../errors';
import { checkUploadedFiles, tooLarge, type UploadedFile } from '../attached-files';
import { recordAuditMany } from '../../repositories/audit';
import {
  insertAttachments,
  latestProgress,
  type NewAttachment,
} from '../../repositories/committee/attachments';
import { getAssignment } from './assignments';
import { lockVisibleAssignment, recordProgress } from './report-progress';

export { tooLarge, type UploadedFile };

const tooMany = (existing: number, adding: number) => {
  const max = LIMITS.attachmentsPerEntry;
  const th = `แนบได้ไม่เกิน ${max} ไฟล์ต่อการรายงานหนึ่งครั้ง (มีแล้ว ${existing} ไฟล์ เพิ่มอีก ${adding} ไฟล์)`;
  const en = `At most ${max} files per progress report (${existing} there already, ${adding} more given)`;
  return invalidInput([{ field: 'files', th, en }], { th, en });
};

/** Checks every file before anything is written (the kernel's check, the committee's five types). */
export function checkFiles(files: readonly UploadedFile[]): NewAttachment[] {
  if (files.length > LIMITS.attachmentsPerEntry) throw tooMany(0, files.length);
  return checkUploadedFiles(files, ATTACHMENT_MEDIA_TYPES);
}

export async function uploadAttachments(
  db: Database,
  actor: Actor,
  assignmentId: number,
  files: readonly UploadedFile[],
  report: ProgressCreate | null,
  now = new Date(),
): Promise<AssignmentDetail> {
  const checked = checkFiles(files);
  await db.transaction(async (tx) => {
    const row = await lockVisibleAssignment(tx, actor, assignmentId);
    const may = mayChangeAttachments({ state: row.state, unitId: row.unit_id }, actor.unitId);
    if (may.refused)
      throw may.code === 'other_unit'
        ? forbidden({ th: may.th, en: may.en })
        : conflict({ th: may.th, en: may.en });
    let entry: { id: number; files: number };
    if (report) entry = { id: await recordProgress(tx, actor, row, report), files: 0 };
    else {
      const latest = await latestProgress(tx, assignmentId);
      if (!latest)
        throw conflict({
          th: 'ยังไม่มีการรายงานความคืบหน้า กรุณารายงานความคืบหน้าพร้อมแนบไฟล์',
          en: 'No progress has been reported yet: report progress with the files',
        });
      entry = latest;
    }
    if (entry.files + checked.length > LIMITS.attachmentsPerEntry) throw tooMany(entry.files, checked.length);
    const ids = await insertAttachments(
      tx,
      { assignmentId, progressId: entry.id, userId: actor.userId, label: actor.label },
      checked,
    );
    await recordAuditMany(
      tx,
      actor,
      checked.map((f, i) => ({
        action: 'create',
        entity: 'committee_attachment',
        entityId: ids[i]!,
        after: {
          assignment_id: assignmentId,
          progress_id: entry.id,
          file_name: f.fileName,
          media_type: f.mediaType,
          size_bytes: f.bytes.length,
          sha256: f.sha256,
        },
      })),
    );
  });
  return getAssignment(db, actor, assignmentId, now);
}
