/** What the career-path file reads and writes beyond repositories/careers/paths.ts: SQL only. */
import type { Criterion } from '../../../domain/careers';
import type { JobProfile, Stage } from '../../../shared/api/careers';
import type { Queryable } from '../../db/database';
import type { VersionRow } from './paths';

/** Every version of these paths, oldest first, with the approver's username. */
export async function versionsOfPaths(db: Queryable, pathIds: readonly number[]): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `select v.id, v.path_id, v.version_no, v.status, v.effective_from, v.criteria, v.stages, v.profile,
            v.note, a.username as approved_by, to_json(v.approved_at) #>> '{}' as approved_at, v.version
       from career_path_version v left join app_user a on a.id = v.approved_by
      where v.path_id = any($1::int[]) order by v.path_id, v.version_no`,
    [pathIds],
  );
  return rows;
}

export async function pathIdsByCode(db: Queryable, codes: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await db.query<{ id: number; code: string }>(
    'select id, code from career_path where code = any($1::text[])',
    [codes],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function userIdsByName(db: Queryable, names: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await db.query<{ id: number; username: string }>(
    'select id, username from app_user where username = any($1::text[])',
    [names],
  );
  return new Map(rows.map((r) => [r.username, r.id]));
}

/** A version as the file gives it (a new path's history): its number, status and approval kept. */
export async function insertVersionAsIs(
  tx: Queryable,
  pathId: number,
  v: {
    versionNo: number;
    status: 'draft' | 'approved';
    effectiveFrom: string | null;
    criteria: Criterion;
    stages: Stage[];
    profile: JobProfile | null;
    note: string | null;
    approvedBy: number | null;
    approvedAt: string | null;
    createdBy: number | null;
  },
): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into career_path_version (path_id, version_no, status, effective_from, criteria, stages, profile,
            note, created_by, approved_by, approved_at)
     values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8, $9, $10,
             case when $3 = 'approved' then coalesce($11::timestamptz, now()) end)
     returning id`,
    [
      pathId,
      v.versionNo,
      v.status,
      v.status === 'approved' ? v.effectiveFrom : null,
      JSON.stringify(v.criteria),
      JSON.stringify(v.stages),
      v.profile ? JSON.stringify(v.profile) : null,
      v.note,
      v.createdBy,
      v.status === 'approved' ? v.approvedBy : null,
      v.approvedAt,
    ],
  );
  return rows[0]!.id;
}
