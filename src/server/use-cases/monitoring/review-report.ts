/** Approver and centre review: approve, accept, or return with a comment; one by one or many at once. */
import { decideReportAction, type ReportState } from '../../../domain/monitoring';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { AppError, invalidInput, notFound } from '../../errors';
import { recordAudit } from '../../repositories/audit';
import { monthWindow } from '../../repositories/monitoring/reporting-months';

export type ReviewActionName = 'approve' | 'accept' | 'return';

interface ReportFacts {
  id: number;
  state: ReportState;
  period: number;
  owner_unit_id: number | null;
  superseded_at: Date | null;
  review_comment: string | null;
}

const STAMP: Record<ReviewActionName, string> = {
  approve: 'approved_at = now(), approved_by_label = $3',
  accept: 'accepted_at = now(), accepted_by_label = $3',
  return: 'returned_at = now(), returned_by_label = $3',
};

async function reviewIn(
  tx: Queryable,
  actor: Actor,
  id: number,
  action: ReviewActionName,
  comment: string | null,
) {
  const { rows } = await tx.query<ReportFacts>(
    `select m.id, m.state, m.period, p.owner_unit_id, m.superseded_at, m.review_comment
       from monthly_report m join project p on p.id = m.project_id where m.id = $1 for update of m`,
    [id],
  );
  const report = rows[0];
  if (!report) throw notFound({ th: 'รายงานนี้', en: 'This report' });
  if (report.superseded_at) {
    throw new AppError('conflict', {
      th: 'รายงานฉบับนี้ถูกแทนที่ด้วยฉบับใหม่แล้ว',
      en: 'This version has been replaced by a newer one',
    });
  }
  const decision = decideReportAction({
    action,
    role: actor.role,
    ownUnit: actor.unitId !== null && actor.unitId === report.owner_unit_id,
    state: report.state,
    month: await monthWindow(tx, report.period, report.owner_unit_id),
  });
  if (!decision.ok) throw new AppError(decision.kind, decision.reason);
  if (action === 'return' && !comment?.trim()) {
    throw invalidInput([{ field: 'comment', en: 'say what must be corrected', th: 'กรุณาระบุสิ่งที่ต้องแก้ไข' }]);
  }
  const newComment = action === 'return' ? comment!.trim() : report.review_comment;
  await tx.query(
    `update monthly_report set state = $2, ${STAMP[action]}, review_comment = $4 where id = $1`,
    [id, decision.next, actor.label, newComment],
  );
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'monthly_report',
    entityId: id,
    before: { state: report.state, review_comment: report.review_comment },
    after: { state: decision.next, review_comment: newComment, review_action: action },
  });
  return decision.next;
}

export function reviewReport(
  db: Database,
  actor: Actor,
  id: number,
  action: ReviewActionName,
  comment?: string | null,
) {
  return db.transaction((tx) => reviewIn(tx, actor, id, action, comment ?? null));
}

/** Each report in its own transaction: those that can move do, the rest say why not. */
export async function reviewReports(
  db: Database,
  actor: Actor,
  ids: readonly number[],
  action: 'approve' | 'accept',
) {
  const results = [];
  for (const id of [...new Set(ids)]) {
    try {
      await reviewReport(db, actor, id, action);
      results.push({ id, ok: true });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ id, ok: false, reason: err.bilingual });
    }
  }
  return results;
}
