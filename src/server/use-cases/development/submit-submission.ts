/** An agency's focal point or approver submits its projects of the year to the institute. */
import type { SubmissionView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { requireSubmitter } from '../../policies/development/cycle-policy';
import { requireUnit, requireYear } from './cycle-common';
import { stepSubmission } from './submission-transition';
import { submissionView } from './submission-view';

export async function submitSubmission(
  db: Database,
  actor: Actor,
  fiscalYear: number,
  unitCode: string,
  version: number,
  now = new Date(),
): Promise<SubmissionView> {
  await requireYear(db, fiscalYear);
  const unit = await requireUnit(db, unitCode);
  requireSubmitter(actor, unit.id);
  await db.transaction((tx) =>
    stepSubmission(
      tx,
      actor,
      { fiscalYear, unitId: unit.id, unitCode: unit.code },
      { action: 'submit', version, comment: null },
      now,
    ),
  );
  return submissionView(db, actor, fiscalYear, unitCode, now);
}
