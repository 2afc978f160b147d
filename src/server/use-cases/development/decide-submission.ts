/**
 * The institute decides a submitted submission: returns it with a comment (required: the schema refuses an
 * empty one) for the agency to correct, or accepts it (comment optional). Only accepted projects count in the
 * consolidated plan (repositories/development/counted.ts).
 */
import type { SubmissionDecide, SubmissionView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { requireInstitute } from '../../policies/development/cycle-policy';
import { actorUnitCode, requireUnit, requireYear } from './cycle-common';
import { stepSubmission } from './submission-transition';
import { submissionView } from './submission-view';

export async function decideSubmission(
  db: Database,
  actor: Actor,
  action: 'return' | 'accept',
  target: { fiscalYear: number; unitCode: string },
  input: SubmissionDecide,
  now = new Date(),
): Promise<SubmissionView> {
  requireInstitute(actor, await actorUnitCode(db, actor));
  await requireYear(db, target.fiscalYear);
  const unit = await requireUnit(db, target.unitCode);
  await db.transaction((tx) =>
    stepSubmission(
      tx,
      actor,
      { fiscalYear: target.fiscalYear, unitId: unit.id, unitCode: unit.code },
      { action, version: input.version, comment: input.comment?.trim() || null },
      now,
    ),
  );
  return submissionView(db, actor, target.fiscalYear, target.unitCode, now);
}
