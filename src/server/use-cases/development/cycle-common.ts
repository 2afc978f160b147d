/** What the year's cycle use cases share: the actor's unit code, the year (404), version checks, the views. */
import { bahtNumber, satangOf } from '../../../domain/development';
import type { YearView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { conflict, notFound } from '../../errors';
import { unitCodeOf } from '../../repositories/development/import-audit';
import { unitByCode } from '../../repositories/development/submissions';
import { findYearRow, type YearRow } from '../../repositories/development/years';

export const baht = (decimal: string | null): number => bahtNumber(satangOf(decimal ?? '0') ?? 0n);

export const actorUnitCode = async (db: Queryable, actor: Actor) =>
  actor.unitId === null ? null : unitCodeOf(db, actor.unitId);

export async function requireYear(db: Queryable, fiscalYear: number, lock = false): Promise<YearRow> {
  const row = await findYearRow(db, fiscalYear, lock);
  if (!row)
    throw notFound({
      th: `ปีงบประมาณ ${fiscalYear} ที่เปิดรับแผนพัฒนา`,
      en: `An opened development year ${fiscalYear}`,
    });
  return row;
}

export async function requireUnit(db: Queryable, code: string) {
  const unit = await unitByCode(db, code);
  if (!unit) throw notFound({ th: `หน่วยงานรหัส ${code}`, en: `Unit ${code}` });
  return unit;
}

export function checkVersion(current: number, sent: number, what: { th: string; en: string }): void {
  if (current !== sent)
    throw conflict({
      th: `${what.th}ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดใหม่`,
      en: `${what.en} was changed by someone else; reload`,
    });
}

export const toIso = (at: Date | string | null): string | null =>
  at === null ? null : new Date(at).toISOString();

export const toYearView = (y: YearRow): YearView => ({
  fiscalYear: y.fiscal_year,
  formName: y.form_name,
  submissionDeadline: y.submission_deadline,
  hrdPlan: y.hrd_plan,
  hrdPlanName: y.hrd_plan_name,
  salaryBudget: y.salary_budget === null ? null : baht(y.salary_budget),
  approvedBy: y.approved_by,
  approvedOn: y.approved_on,
  approvalRef: y.approval_ref,
  publishedAt: toIso(y.published_at),
  version: y.version,
});

/** Bangkok's calendar day of an instant (submissions are judged late by the Thai date). */
export const bangkokDay = (at: Date): string =>
  new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

export const SUBMISSION = { th: 'แบบเสนอโครงการนี้', en: 'This submission' };
export const YEAR = { th: 'แผนพัฒนาประจำปีนี้', en: "This year's development plan" };
