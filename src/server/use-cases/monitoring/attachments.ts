/**
 * Evidence on a monthly report (a project-month) or a problem (issue 14, item 8; docs/decisions/0020).
 * Read as the project is: an agency its own projects' files, the centre and viewers all, staff none (403);
 * another agency's file is a 404 (its existence not revealed). Added and removed under the rules of
 * domain/monitoring/attachment-rules.ts; each upload and removal audited in its transaction with the
 * file's name, type, size and SHA-256 (never its bytes).
 */
import { formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../../domain';
import { mayChangeProblemFiles, mayChangeReportFiles } from '../../../domain/monitoring/attachment-rules';
import { FILE_MEDIA_TYPES } from '../../../domain/attachment-file';
import type { ReportState } from '../../../domain/monitoring';
import type {
  MonitoringAttachment,
  MonitoringAttachmentList,
} from '../../../shared/api/monitoring/attachments';
import { LIMITS } from '../../../shared/limits';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { AppError, forbidden, invalidInput, notFound } from '../../errors';
import { projectAbilities } from '../../policies/monitoring/project-policy';
import { recordAudit } from '../../repositories/audit';
import {
  attachmentsOf,
  deleteMonitoringAttachment,
  insertMonitoringAttachment,
  monitoringAttachmentContent,
  monitoringAttachmentRow,
  type AttachmentOwner,
  type MonitoringAttachmentRow,
} from '../../repositories/monitoring/attachments';
import { problemAbilities } from '../../repositories/monitoring/problems';
import { monthWindow } from '../../repositories/monitoring/reporting-months';
import { checkUploadedFiles, type UploadedFile } from '../attached-files';

export type AttachmentTarget =
  { kind: 'report'; projectId: number; period: string } | { kind: 'problem'; problemId: number };

const FILE = { th: 'ไฟล์แนบนี้', en: 'This attached file' };
type Verdict =
  { ok: true } | { ok: false; kind: 'forbidden' | 'conflict'; reason: { th: string; en: string } };

interface Resolved {
  owner: AttachmentOwner;
  projectId: number;
  period: number | null;
  problemId: number | null;
  verdict: Verdict;
}

/** The target's owner and whether the actor may change its files; 404/403 when the actor may not read it. */
async function resolve(
  db: Queryable,
  actor: Actor,
  target: AttachmentTarget,
  lock: boolean,
): Promise<Resolved> {
  if (target.kind === 'report') {
    const p = parsePeriod(target.period);
    if (!p)
      throw invalidInput([
        { field: 'period', th: 'ต้องเป็นเดือน เช่น 2566-05', en: 'must be a month like 2566-05' },
      ]);
    const period = periodKey(p);
    const { rows } = await db.query<{ owner_unit_id: number | null; state: ReportState | null }>(
      `select p.owner_unit_id, (select m.state from monthly_report m
                                 where m.project_id = p.id and m.period = $2 and m.superseded_at is null) as state
         from project p where p.id = $1 ${lock ? 'for update of p' : ''}`,
      [target.projectId, period],
    );
    const row = rows[0];
    if (!row) throw notFound({ th: 'โครงการนี้', en: 'This project' });
    if (!projectAbilities(actor, { ownerUnitId: row.owner_unit_id }).read) throw forbidden();
    const ownUnit = actor.unitId !== null && actor.unitId === row.owner_unit_id;
    const verdict = mayChangeReportFiles({
      role: actor.role,
      ownUnit,
      state: row.state,
      month: await monthWindow(db, period, row.owner_unit_id),
    });
    const owner = { projectId: target.projectId, period };
    return { owner, projectId: target.projectId, period, problemId: null, verdict };
  }
  const { rows } = await db.query<{ project_id: number; owner_unit_id: number | null; status: string }>(
    `select pr.project_id, p.owner_unit_id, pr.status from problem pr join project p on p.id = pr.project_id
      where pr.id = $1 ${lock ? 'for update of pr' : ''}`,
    [target.problemId],
  );
  const row = rows[0];
  if (!row) throw notFound({ th: 'รายการปัญหาอุปสรรคนี้', en: 'This problem' });
  if (!projectAbilities(actor, { ownerUnitId: row.owner_unit_id }).read) throw forbidden();
  const verdict = mayChangeProblemFiles({
    role: actor.role,
    mayUpdateStatus: problemAbilities(actor, row.owner_unit_id).updateStatus,
    status: row.status,
  });
  const owner = { problemId: target.problemId };
  return { owner, projectId: row.project_id, period: null, problemId: target.problemId, verdict };
}

const toView = (r: MonitoringAttachmentRow): MonitoringAttachment => ({
  id: r.id,
  fileName: r.file_name,
  mediaType: r.media_type as MonitoringAttachment['mediaType'],
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  uploadedBy: r.uploaded_by,
  uploadedAt: r.uploaded_at,
});

async function listOf(db: Queryable, resolved: Resolved): Promise<MonitoringAttachmentList> {
  const items = await attachmentsOf(db, resolved.owner);
  return {
    items: items.map(toView),
    mayChange: resolved.verdict.ok,
    reason: resolved.verdict.ok ? null : resolved.verdict.reason,
    max: LIMITS.monitoringAttachmentsPerItem,
  };
}

export async function listAttachments(db: Queryable, actor: Actor, target: AttachmentTarget) {
  return listOf(db, await resolve(db, actor, target, false));
}

const auditFields = (r: { file_name: string; media_type: string; size_bytes: number; sha256: string }) => ({
  file_name: r.file_name,
  media_type: r.media_type,
  size_bytes: r.size_bytes,
  sha256: r.sha256,
});

export async function uploadAttachment(
  db: Database,
  actor: Actor,
  target: AttachmentTarget,
  file: UploadedFile,
): Promise<MonitoringAttachmentList> {
  if (actor.role === 'staff') throw forbidden();
  const [checked] = checkUploadedFiles([file], FILE_MEDIA_TYPES, 'file');
  return db.transaction(async (tx) => {
    const resolved = await resolve(tx, actor, target, true);
    if (!resolved.verdict.ok) throw new AppError(resolved.verdict.kind, resolved.verdict.reason);
    const existing = await attachmentsOf(tx, resolved.owner);
    const max = LIMITS.monitoringAttachmentsPerItem;
    if (existing.length >= max) {
      const th = `แนบได้ไม่เกิน ${max} ไฟล์ (มีแล้ว ${existing.length} ไฟล์)`;
      const en = `At most ${max} files may be attached (${existing.length} there already)`;
      throw invalidInput([{ field: 'file', th, en }], { th, en });
    }
    const id = await insertMonitoringAttachment(
      tx,
      {
        projectId: resolved.projectId,
        period: resolved.period,
        problemId: resolved.problemId,
        userId: actor.userId,
        label: actor.label,
      },
      checked!,
    );
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'monitoring_attachment',
      entityId: id,
      after: {
        project_id: resolved.projectId,
        period: resolved.period,
        problem_id: resolved.problemId,
        file_name: checked!.fileName,
        media_type: checked!.mediaType,
        size_bytes: checked!.bytes.length,
        sha256: checked!.sha256,
      },
    });
    return listOf(tx, resolved);
  });
}

/** The row if the actor may read it: another unit's file is a 404, staff 403. */
async function readable(db: Queryable, actor: Actor, id: number, lock = false) {
  if (actor.role === 'staff') throw forbidden();
  const row = await monitoringAttachmentRow(db, id, lock);
  if (!row || !projectAbilities(actor, { ownerUnitId: row.owner_unit_id }).read) throw notFound(FILE);
  return row;
}

const targetOf = (row: MonitoringAttachmentRow): AttachmentTarget =>
  row.problem_id !== null
    ? { kind: 'problem', problemId: row.problem_id }
    : {
        kind: 'report',
        projectId: row.project_id,
        period: formatPeriod(periodFromKey(row.period!)),
      };

export async function downloadMonitoringAttachment(db: Queryable, actor: Actor, id: number) {
  const row = await readable(db, actor, id);
  const bytes = await monitoringAttachmentContent(db, id);
  if (!bytes) throw notFound(FILE);
  return { fileName: row.file_name, mediaType: row.media_type, bytes };
}

export async function removeMonitoringAttachment(
  db: Database,
  actor: Actor,
  id: number,
): Promise<MonitoringAttachmentList> {
  return db.transaction(async (tx) => {
    const row = await readable(tx, actor, id, true);
    const resolved = await resolve(tx, actor, targetOf(row), true);
    if (!resolved.verdict.ok) throw new AppError(resolved.verdict.kind, resolved.verdict.reason);
    await deleteMonitoringAttachment(tx, id);
    await recordAudit(tx, actor, {
      action: 'delete',
      entity: 'monitoring_attachment',
      entityId: id,
      before: {
        project_id: row.project_id,
        period: row.period,
        problem_id: row.problem_id,
        ...auditFields(row),
      },
    });
    return listOf(tx, resolved);
  });
}
