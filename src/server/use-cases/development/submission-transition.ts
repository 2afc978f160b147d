/**
 * One step of an agency's submission (domain: transition): the row locked, its version checked (0 = no row
 * yet, which only submitting creates), the step refused as the domain says, the new state written and audited
 * in the same transaction. Submitting needs at least one project.
 */
import { transition, type SubmissionAction } from '../../../domain/development';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { conflict } from '../../errors';
import { recordAudit } from '../../repositories/audit';
import {
  ensureSubmission,
  lockSubmission,
  setSubmissionState,
} from '../../repositories/development/submissions';
import { checkVersion, SUBMISSION } from './cycle-common';

export async function stepSubmission(
  tx: Queryable,
  actor: Actor,
  target: { fiscalYear: number; unitId: number; unitCode: string },
  step: { action: SubmissionAction; version: number; comment: string | null },
  now: Date,
): Promise<void> {
  const { fiscalYear, unitId } = target;
  let row = await lockSubmission(tx, fiscalYear, unitId);
  checkVersion(row?.version ?? 0, step.version, SUBMISSION);
  if (!row) {
    if (step.action !== 'submit')
      throw conflict({
        th: `${target.unitCode} ยังไม่ได้ส่งแบบเสนอโครงการ`,
        en: `${target.unitCode} has not submitted its projects`,
      });
    row = await ensureSubmission(tx, fiscalYear, unitId);
  }
  const decision = transition(row.state, step.action);
  if (decision.refused) throw conflict({ th: decision.th, en: decision.en });
  if (step.action === 'submit') {
    const { rows } = await tx.query<{ n: number }>(
      'select count(*)::int as n from development_project where fiscal_year = $1 and unit_id = $2',
      [fiscalYear, unitId],
    );
    if (rows[0]!.n === 0)
      throw conflict({
        th: 'ยังไม่มีโครงการในแบบเสนอ: เพิ่มโครงการก่อนส่ง',
        en: 'The submission has no project yet: add one before submitting',
      });
  }
  const comment = step.action === 'submit' ? row.comment : step.comment;
  await setSubmissionState(tx, fiscalYear, unitId, {
    state: decision.next,
    comment,
    ...(step.action === 'submit' ? { submittedAt: now } : { decidedAt: now }),
  });
  await recordAudit(tx, actor, {
    action: step.action === 'submit' ? 'submit' : 'update',
    entity: 'development_submission',
    entityId: `${fiscalYear}/${target.unitCode}`,
    before: { state: row.state, comment: row.comment },
    after: {
      state: decision.next,
      comment,
      ...(step.action === 'submit' ? { submitted_at: now.toISOString() } : { decided_at: now.toISOString() }),
    },
  });
}
