/**
 * The institute publishes the year's consolidated plan: only once its approval is recorded, and once only.
 * Publishing does not freeze the summary: a submission accepted later still counts (the plan is a living list).
 */
import type { YearView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { conflict } from '../../errors';
import { requireInstitute } from '../../policies/development/cycle-policy';
import { recordAudit } from '../../repositories/audit';
import { setYearPublished } from '../../repositories/development/years';
import { actorUnitCode, checkVersion, requireYear, toYearView, YEAR } from './cycle-common';

export async function publishYear(
  db: Database,
  actor: Actor,
  fiscalYear: number,
  version: number,
  now = new Date(),
): Promise<YearView> {
  requireInstitute(actor, await actorUnitCode(db, actor));
  return db.transaction(async (tx) => {
    const year = await requireYear(tx, fiscalYear, true);
    checkVersion(year.version, version, YEAR);
    if (year.published_at !== null)
      throw conflict({
        th: `แผนพัฒนาปีงบประมาณ ${fiscalYear} เผยแพร่แล้ว`,
        en: `The development plan of ${fiscalYear} is already published`,
      });
    if (year.approved_on === null)
      throw conflict({
        th: 'ต้องบันทึกการอนุมัติแผน (ผู้อนุมัติ วันที่ เลขที่คำสั่ง) ก่อนเผยแพร่',
        en: "Record the plan's approval (who, when, order reference) before publishing it",
      });
    await setYearPublished(tx, fiscalYear, now);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'development_year',
      entityId: fiscalYear,
      before: { published_at: null },
      after: { published_at: now.toISOString() },
    });
    return toYearView(await requireYear(tx, fiscalYear));
  });
}
