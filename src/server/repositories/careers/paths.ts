/** Career paths and their versions: SQL only (rules in use-cases/careers, criteria checked by Zod). */
import type { Criterion } from '../../../domain/careers';
import type { JobProfile, Stage } from '../../../shared/api/careers';
import type { Queryable } from '../../db/database';

export interface PathRow {
  id: number;
  code: string;
  name: string;
  target_title: string;
  origin: 'district' | 'bureau' | 'mixed' | null;
  description: string | null;
  is_example: boolean;
  in_force_no: number | null;
  in_force_from: string | null;
  draft_no: number | null;
}

export interface VersionRow {
  id: number;
  path_id: number;
  version_no: number;
  status: 'draft' | 'approved';
  effective_from: string | null;
  criteria: Criterion;
  stages: Stage[];
  profile: JobProfile | null;
  note: string | null;
  approved_by: string | null;
  approved_at: string | null;
  version: number;
}

const PATHS = `
  select p.id, p.code, p.name, p.target_title, p.origin, p.description, p.is_example,
         f.version_no as in_force_no, f.effective_from as in_force_from, d.version_no as draft_no
    from career_path p
    left join lateral (select version_no, effective_from from career_path_version
                        where path_id = p.id and status = 'approved' and effective_from <= $1
                        order by effective_from desc limit 1) f on true
    left join career_path_version d on d.path_id = p.id and d.status = 'draft'`;

export async function listPathRows(db: Queryable, asOf: string): Promise<PathRow[]> {
  return (await db.query<PathRow>(`${PATHS} order by p.target_title, p.code`, [asOf])).rows;
}

export async function findPathRow(db: Queryable, id: number, asOf: string): Promise<PathRow | null> {
  return (await db.query<PathRow>(`${PATHS} where p.id = $2`, [asOf, id])).rows[0] ?? null;
}

const VERSIONS = `
  select v.id, v.path_id, v.version_no, v.status, v.effective_from, v.criteria, v.stages, v.profile, v.note,
         a.username as approved_by, v.approved_at::text as approved_at, v.version
    from career_path_version v left join app_user a on a.id = v.approved_by`;

export async function versionRows(db: Queryable, pathId: number): Promise<VersionRow[]> {
  return (await db.query<VersionRow>(`${VERSIONS} where v.path_id = $1 order by v.version_no desc`, [pathId]))
    .rows;
}

/** For every path, the approved version in force on `asOf` (one query for all paths). */
export async function versionsInForce(db: Queryable, asOf: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `select distinct on (v.path_id) v.id, v.path_id, v.version_no, v.status, v.effective_from, v.criteria,
            v.stages, v.profile, v.note, null as approved_by, v.approved_at::text as approved_at, v.version
       from career_path_version v
      where v.status = 'approved' and v.effective_from <= $1
      order by v.path_id, v.effective_from desc`,
    [asOf],
  );
  return rows;
}

export interface CriteriaInForceRow {
  path_id: number;
  code: string;
  name: string;
  target_title: string;
  version_no: number;
  effective_from: string | null;
  criteria: Criterion;
}

/**
 * The self-check's paths: for every path, the approved version in force on `asOf` with the path's names and
 * only its criteria (no stages, job profile or note to read and parse) — one query.
 */
export async function criteriaInForce(db: Queryable, asOf: string): Promise<CriteriaInForceRow[]> {
  const { rows } = await db.query<CriteriaInForceRow>(
    `select distinct on (v.path_id) v.path_id, p.code, p.name, p.target_title, v.version_no, v.effective_from,
            v.criteria
       from career_path_version v join career_path p on p.id = v.path_id
      where v.status = 'approved' and v.effective_from <= $1
      order by v.path_id, v.effective_from desc`,
    [asOf],
  );
  return rows;
}

export async function draftRow(db: Queryable, pathId: number): Promise<VersionRow | null> {
  const { rows } = await db.query<VersionRow>(`${VERSIONS} where v.path_id = $1 and v.status = 'draft'`, [
    pathId,
  ]);
  return rows[0] ?? null;
}

export async function insertPath(
  tx: Queryable,
  p: {
    code: string;
    name: string;
    targetTitle: string;
    origin: string | null;
    description: string | null;
    isExample: boolean;
  },
): Promise<number | null> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into career_path (code, name, target_title, origin, description, is_example)
     values ($1, $2, $3, $4, $5, $6) on conflict (code) do nothing returning id`,
    [p.code, p.name, p.targetTitle, p.origin, p.description, p.isExample],
  );
  return rows[0]?.id ?? null;
}

/** A new draft numbered after the path's last version. */
export async function insertDraft(
  tx: Queryable,
  pathId: number,
  d: {
    criteria: Criterion;
    stages: Stage[];
    profile?: JobProfile | null;
    note: string | null;
    createdBy: number | null;
  },
): Promise<VersionRow> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into career_path_version (path_id, version_no, criteria, stages, note, created_by, profile)
     select $1, coalesce(max(version_no), 0) + 1, $2::jsonb, $3::jsonb, $4, $5, $6::jsonb
       from career_path_version where path_id = $1
     returning id`,
    [
      pathId,
      JSON.stringify(d.criteria),
      JSON.stringify(d.stages),
      d.note,
      d.createdBy,
      d.profile ? JSON.stringify(d.profile) : null,
    ],
  );
  return (await tx.query<VersionRow>(`${VERSIONS} where v.id = $1`, [rows[0]!.id])).rows[0]!;
}

/** Updates the draft if its version is `version`; false when it is stale. */
export async function updateDraft(
  tx: Queryable,
  id: number,
  version: number,
  d: { criteria: Criterion; stages: Stage[]; profile?: JobProfile | null; note: string | null },
): Promise<boolean> {
  const { rows } = await tx.query(
    `update career_path_version set criteria = $3::jsonb, stages = $4::jsonb, note = $5, profile = $6::jsonb,
            version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status = 'draft' returning id`,
    [
      id,
      version,
      JSON.stringify(d.criteria),
      JSON.stringify(d.stages),
      d.note,
      d.profile ? JSON.stringify(d.profile) : null,
    ],
  );
  return rows.length > 0;
}

export async function approveDraft(
  tx: Queryable,
  id: number,
  version: number,
  effectiveFrom: string,
  approvedBy: number | null,
): Promise<boolean> {
  const { rows } = await tx.query(
    `update career_path_version set status = 'approved', effective_from = $3, approved_by = $4,
            approved_at = now(), version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status = 'draft' returning id`,
    [id, version, effectiveFrom, approvedBy],
  );
  return rows.length > 0;
}

export async function approvedOn(tx: Queryable, pathId: number, effectiveFrom: string): Promise<boolean> {
  const { rows } = await tx.query(
    `select 1 from career_path_version where path_id = $1 and status = 'approved' and effective_from = $2`,
    [pathId, effectiveFrom],
  );
  return rows.length > 0;
}
