/**
 * Reading assignments: a unit's list (open, overdue, closed), one assignment with its progress, and the
 * counts per unit. Focal points and approvers see their own unit's only (another unit's: 404, not told).
 */
import type {
  AssignmentDetail,
  AssignmentListQuery,
  AssignmentView,
  UnitAssignmentCounts,
} from '../../../shared/api/committee';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { readableAssignmentUnit } from '../../policies/committee/committee-policy';
import { assignmentRows, progressRows } from '../../repositories/committee/assignments';
import { attachmentRows } from '../../repositories/committee/attachments';
import { meetingDates } from '../../repositories/committee/meetings';
import { toAssignmentView, toAttachmentView } from './assignment-view';
import { bangkokToday } from './today';

export const ASSIGNMENT = { th: 'เรื่องที่มอบหมายนี้', en: 'This assignment' };

export async function listAssignments(
  db: Queryable,
  actor: Actor,
  query: AssignmentListQuery,
  now = new Date(),
): Promise<AssignmentView[]> {
  const unit = readableAssignmentUnit(actor);
  if (unit === undefined) return [];
  if (unit !== null && query.unitId !== undefined && query.unitId !== unit) return [];
  const unitId = unit ?? query.unitId;
  const rows = await assignmentRows(db, {
    ...(unitId === undefined ? {} : { unitId }),
    ...(query.status === 'closed' ? { closed: true } : query.status === 'all' ? {} : { closed: false }),
  });
  const [meetings, today] = [await meetingDates(db), bangkokToday(now)];
  const views = rows.map((r) => toAssignmentView(r, meetings, today));
  return query.status === 'overdue' ? views.filter((v) => v.overdue) : views;
}

export async function getAssignment(
  db: Queryable,
  actor: Actor,
  id: number,
  now = new Date(),
): Promise<AssignmentDetail> {
  const unit = readableAssignmentUnit(actor);
  const row = (await assignmentRows(db, { ids: [id] }))[0];
  if (!row || unit === undefined || (unit !== null && row.unit_id !== unit)) throw notFound(ASSIGNMENT);
  const view = toAssignmentView(row, await meetingDates(db), bangkokToday(now));
  const progress = await progressRows(db, [id]);
  const files = await attachmentRows(db, [id]);
  return {
    ...view,
    progress: progress.map((p) => ({
      id: p.id,
      at: p.at,
      author: p.author,
      text: p.text,
      proposesClosing: p.proposes_closing,
    })),
    attachments: files.map((f) => toAttachmentView(f, actor, row)),
  };
}

/** Open (not closed), overdue and closed assignments per unit, units by code. */
export async function assignmentCounts(
  db: Queryable,
  actor: Actor,
  now = new Date(),
): Promise<UnitAssignmentCounts[]> {
  const all = await listAssignments(db, actor, { status: 'all' }, now);
  const byUnit = new Map<number, UnitAssignmentCounts>();
  for (const a of all) {
    const c = byUnit.get(a.unit.id) ?? { unit: a.unit, open: 0, overdue: 0, closed: 0 };
    if (a.state === 'closed') c.closed++;
    else c.open++;
    if (a.overdue) c.overdue++;
    byUnit.set(a.unit.id, c);
  }
  return [...byUnit.values()].sort((a, b) => a.unit.code.localeCompare(b.unit.code));
}
