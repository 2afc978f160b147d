/** Files attached to assignments' progress entries (migration 0021): SQL only. The bytes are read one file at a time. */
import type { Queryable } from '../../db/database';

export interface AttachmentRow {
  id: number;
  assignment_id: number;
  progress_id: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

export interface NewAttachment {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  sha256: string;
}

const COLUMNS = `a.id, a.assignment_id, a.progress_id, a.file_name, a.media_type, a.size_bytes, a.sha256,
       coalesce(u.display_name, a.uploaded_by_label) as uploaded_by,
       to_char(a.uploaded_at at time zone 'Asia/Bangkok', 'YYYY-MM-DD"T"HH24:MI:SS') as uploaded_at`;

/** The files of the given assignments (no bytes), oldest first. */
export async function attachmentRows(db: Queryable, assignmentIds: number[]): Promise<AttachmentRow[]> {
  const { rows } = await db.query<AttachmentRow>(
    `select ${COLUMNS} from committee_attachment a left join app_user u on u.id = a.uploaded_by_user_id
      where a.assignment_id = any($1::int[]) order by a.assignment_id, a.progress_id, a.id`,
    [assignmentIds],
  );
  return rows;
}

/** One file's description (no bytes); `lock` takes its row for a change. */
export async function attachmentRow(db: Queryable, id: number, lock = false): Promise<AttachmentRow | null> {
  if (lock) await db.query('select id from committee_attachment where id = $1 for update', [id]);
  const { rows } = await db.query<AttachmentRow>(
    `select ${COLUMNS} from committee_attachment a left join app_user u on u.id = a.uploaded_by_user_id
      where a.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function attachmentContent(db: Queryable, id: number): Promise<Uint8Array | null> {
  const { rows } = await db.query<{ content: Uint8Array }>(
    'select content from committee_attachment where id = $1',
    [id],
  );
  return rows[0]?.content ?? null;
}

/** The assignment's latest progress entry and how many files it holds already (null: no progress yet). */
export async function latestProgress(
  db: Queryable,
  assignmentId: number,
): Promise<{ id: number; files: number } | null> {
  const { rows } = await db.query<{ id: number; files: number }>(
    `select p.id, (select count(*)::int from committee_attachment a where a.progress_id = p.id) as files
       from committee_progress p where p.assignment_id = $1 order by p.at desc, p.id desc limit 1`,
    [assignmentId],
  );
  return rows[0] ?? null;
}

/** Inserts the files in one statement; answers their ids in the order given. */
export async function insertAttachments(
  tx: Queryable,
  at: { assignmentId: number; progressId: number; userId: number | null; label: string },
  files: readonly NewAttachment[],
): Promise<number[]> {
  if (files.length === 0) return [];
  const { rows } = await tx.query<{ id: number }>(
    `insert into committee_attachment (assignment_id, progress_id, file_name, media_type, size_bytes, sha256,
                                       content, uploaded_by_user_id, uploaded_by_label)
     select $1, $2, f.name, f.type, octet_length(f.content), f.sha256, f.content, $3, $4
       from unnest($5::text[], $6::text[], $7::text[], $8::bytea[]) with ordinality as f(name, type, sha256, content, n)
      order by f.n
     returning id`,
    [
      at.assignmentId,
      at.progressId,
      at.userId,
      at.label,
      files.map((f) => f.fileName),
      files.map((f) => f.mediaType),
      files.map((f) => f.sha256),
      files.map((f) => f.bytes),
    ],
  );
  return rows.map((r) => r.id);
}

export async function deleteAttachment(tx: Queryable, id: number): Promise<void> {
  await tx.query('delete from committee_attachment where id = $1', [id]);
}
