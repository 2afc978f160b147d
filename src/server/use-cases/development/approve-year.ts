/** The institute records the approval of the year's plan: who approved it, when, and the order's reference. */
import type { YearApproval, YearView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { requireInstitute } from '../../policies/development/cycle-policy';
import { recordAudit } from '../../repositories/audit';
import { setYearApproval } from '../../repositories/development/years';
import { actorUnitCode, checkVersion, requireYear, toYearView, YEAR } from './cycle-common';

export async function approveYear(
  db: Database,
  actor: Actor,
  fiscalYear: number,
  input: YearApproval,
): Promise<YearView> {
  requireInstitute(actor, await actorUnitCode(db, actor));
  return db.transaction(async (tx) => {
    const year = await requireYear(tx, fiscalYear, true);
    checkVersion(year.version, input.version, YEAR);
    await setYearApproval(tx, fiscalYear, input);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'development_year',
      entityId: fiscalYear,
      before: {
        approved_by: year.approved_by,
        approved_on: year.approved_on,
        approval_ref: year.approval_ref,
      },
      after: {
        approved_by: input.approvedBy,
        approved_on: input.approvedOn,
        approval_ref: input.approvalRef,
      },
    });
    return toYearView(await requireYear(tx, fiscalYear));
  });
}
