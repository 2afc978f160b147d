/**
 * A unit reports progress on its own assignment, optionally proposing to close it (domain: reportProgress).
 * Another unit's assignment is not found (404) for a unit user, refused (403) for the committee, which only
 * reads. The assignment's version guards against two reports crossing. Audited in the transaction.
 */
import { reportProgress as decide, type AssignmentState } from '../../../domain/committee';
import type { AssignmentDetail, ProgressCreate } from '../../../shared/api/committee';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, forbidden, notFound } from '../../errors';
import { readableAssignmentUnit } from '../../policies/committee/committee-policy';
import { recordAudit } from '../../repositories/audit';
import {
  insertProgress,
  lockAssignment,
  setAssignmentState,
  type AssignmentRow,
} from '../../repositories/committee/assignments';
import { ASSIGNMENT, getAssignment } from './assignments';

/** Locks the assignment a unit user may see (404 otherwise); the committee and staff are refused (403). */
export async function lockVisibleAssignment(tx: Queryable, actor: Actor, id: number): Promise<AssignmentRow> {
  if (actor.role === 'viewer') throw forbidden({ th: 'อ.ก.ก. ดูได้อย่างเดียว', en: 'The committee reads only' });
  if (actor.role === 'staff') throw forbidden();
  const row = await lockAssignment(tx, id);
  const unit = readableAssignmentUnit(actor);
  if (!row || unit === undefined || (unit !== null && row.unit_id !== unit)) throw notFound(ASSIGNMENT);
  return row;
}

/** Records the progress entry inside the caller's transaction (the row locked); answers its id. */
export async function recordProgress(
  tx: Queryable,
  actor: Actor,
  row: AssignmentRow,
  input: ProgressCreate,
): Promise<number> {
  if (row.version !== input.version)
    throw conflict({
      th: 'เรื่องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดใหม่',
      en: 'This assignment was changed by someone else; reload',
    });
  const decision = decide(
    { state: row.state as AssignmentState, unitId: row.unit_id },
    { unitId: actor.unitId, text: input.text, proposesClosing: input.proposesClosing },
  );
  if (decision.refused)
    throw decision.code === 'other_unit'
      ? forbidden({ th: decision.th, en: decision.en })
      : conflict({ th: decision.th, en: decision.en });
  const progressId = await insertProgress(tx, {
    assignmentId: row.id,
    userId: actor.userId,
    label: actor.label,
    text: input.text,
    proposesClosing: input.proposesClosing,
  });
  await setAssignmentState(tx, row.id, decision.state);
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'committee_assignment',
    entityId: row.id,
    before: { state: row.state },
    after: { state: decision.state, progress_id: progressId, text: input.text },
  });
  return progressId;
}

export async function reportAssignmentProgress(
  db: Database,
  actor: Actor,
  id: number,
  input: ProgressCreate,
  now = new Date(),
): Promise<AssignmentDetail> {
  await db.transaction(async (tx) =>
    recordProgress(tx, actor, await lockVisibleAssignment(tx, actor, id), input),
  );
  return getAssignment(db, actor, id, now);
}
