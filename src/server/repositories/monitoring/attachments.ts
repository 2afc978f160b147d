/** Evidence on report months and problems (migration 0029): SQL only. The bytes are read one file at a time. */
import type { Queryable } from '../../db/database';

export interface MonitoringAttachmentRow {
  id: number;
  project_id: number;
  period: number | null;
  problem_id: number | null;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

export type AttachmentOwner = { projectId: number; period: number } | { problemId: number };

const COLUMNS = `a.id, a.project_id, a.period, a.problem_id, a.file_name, a.media_type, a.size_bytes, a.sha256,
       coalesce(u.display_name, a.uploaded_by_label) as uploaded_by,
       to_char(a.uploaded_at at time zone 'Asia/Bangkok', 'YYYY-MM-DD"T"HH24:MI:SS') as uploaded_at`;
const FROM = 'monitoring_attachment a left join app_user u on u.id = a.uploaded_by_user_id';

function ownerWhere(owner: AttachmentOwner): { sql: string; params: unknown[] } {
  return 'problemId' in owner
    ? { sql: 'a.problem_id = $1', params: [owner.problemId] }
    : { sql: 'a.project_id = $1 and a.period = $2', params: [owner.projectId, owner.period] };
}

/** The files of one report month or problem (no bytes), oldest first. */
export async function attachmentsOf(
  db: Queryable,
  owner: AttachmentOwner,
): Promise<MonitoringAttachmentRow[]> {
  const where = ownerWhere(owner);
  const { rows } = await db.query<MonitoringAttachmentRow>(
    `select ${COLUMNS} from ${FROM} where ${where.sql} order by a.id`,
    where.params,
  );
  return rows;
}

/** One file's description (no bytes) with its project's owner unit; `lock` takes its row for a change. */
export async function monitoringAttachmentRow(
  db: Queryable,
  id: number,
  lock = false,
): Promise<(MonitoringAttachmentRow & { owner_unit_id: number | null }) | null> {
  const { rows } = await db.query<MonitoringAttachmentRow & { owner_unit_id: number | null }>(
    `select ${COLUMNS}, p.owner_unit_id from ${FROM} join project p on p.id = a.project_id
      where a.id = $1 ${lock ? 'for update of a' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function monitoringAttachmentContent(db: Queryable, id: number): Promise<Uint8Array | null> {
  const { rows } = await db.query<{ content: Uint8Array }>(
    'select content from monitoring_attachment where id = $1',
    [id],
  );
  return rows[0]?.content ?? null;
}

export async function insertMonitoringAttachment(
  tx: Queryable,
  at: {
    projectId: number;
    period: number | null;
    problemId: number | null;
    userId: number | null;
    label: string;
  },
  file: { fileName: string; mediaType: string; bytes: Uint8Array; sha256: string },
): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into monitoring_attachment (project_id, period, problem_id, file_name, media_type, size_bytes, sha256,
                                        content, uploaded_by_user_id, uploaded_by_label)
     values ($1, $2, $3, $4, $5, octet_length($6::bytea), $7, $6, $8, $9) returning id`,
    [
      at.projectId,
      at.period,
      at.problemId,
      file.fileName,
      file.mediaType,
      file.bytes,
      file.sha256,
      at.userId,
      at.label,
    ],
  );
  return rows[0]!.id;
}

export async function deleteMonitoringAttachment(tx: Queryable, id: number): Promise<void> {
  await tx.query('delete from monitoring_attachment where id = $1', [id]);
}
