/** Reading career paths: every signed-in role (the criteria are not personal). */
import type { PathSummary, PathVersionView, PathView } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { requirePathReader } from '../../policies/careers/careers-policy';
import {
  findPathRow,
  listPathRows,
  versionRows,
  type PathRow,
  type VersionRow,
} from '../../repositories/careers/paths';
import { bangkokToday } from './today';

export const PATH = { th: 'เส้นทางความก้าวหน้านี้', en: 'This career path' };

export const toSummary = (p: PathRow): PathSummary => ({
  id: p.id,
  code: p.code,
  name: p.name,
  targetTitle: p.target_title,
  origin: p.origin,
  isExample: p.is_example,
  inForce: p.in_force_no === null ? null : { versionNo: p.in_force_no, effectiveFrom: p.in_force_from! },
  draftVersionNo: p.draft_no,
});

export const toVersionView = (v: VersionRow): PathVersionView => ({
  id: v.id,
  versionNo: v.version_no,
  status: v.status,
  effectiveFrom: v.effective_from,
  criteria: v.criteria,
  stages: v.stages,
  profile: v.profile,
  note: v.note,
  approvedBy: v.approved_by,
  approvedAt: v.approved_at,
  version: v.version,
});

export async function listPaths(db: Queryable, actor: Actor): Promise<PathSummary[]> {
  requirePathReader(actor);
  return (await listPathRows(db, bangkokToday())).map(toSummary);
}

export async function getPath(db: Queryable, actor: Actor, id: number): Promise<PathView> {
  requirePathReader(actor);
  const row = await findPathRow(db, id, bangkokToday());
  if (!row) throw notFound(PATH);
  return {
    ...toSummary(row),
    description: row.description,
    versions: (await versionRows(db, id)).map(toVersionView),
  };
}
