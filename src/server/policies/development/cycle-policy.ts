/**
 * Who acts in the year's cycle (default-deny):
 * - the institute (admin, or a focal point/approver of the unit coded BHRDI) opens a year, returns or accepts
 *   any agency's submission, records the approval and publishes; it reads every agency's status;
 * - an agency's focal point adds, edits and deletes its own unit's projects and submits; its approver submits
 *   too (and reads); another agency's submission is refused (403);
 * - the committee (viewer) and staff take no part (403); the published plan is read through the summary.
 * `unitCode` is the actor's own unit's code (null without a unit).
 */
import type { Actor } from '../../actor';
import { forbidden } from '../../errors';
import { DEVELOPMENT_INSTITUTE_CODE } from './import-policy';

export function isInstitute(actor: Actor, unitCode: string | null): boolean {
  if (actor.role === 'admin') return true;
  return (
    (actor.role === 'focal_point' || actor.role === 'approver') && unitCode === DEVELOPMENT_INSTITUTE_CODE
  );
}

export function requireInstitute(actor: Actor, unitCode: string | null): void {
  if (!isInstitute(actor, unitCode))
    throw forbidden({
      th: 'เฉพาะสถาบันพัฒนาข้าราชการกรุงเทพมหานคร (และผู้ดูแลระบบ) ทำรายการนี้ได้',
      en: 'Only the development institute (and the central office) may do this',
    });
}

const notYours = () =>
  forbidden({
    th: 'ทำรายการได้เฉพาะแบบเสนอโครงการของหน่วยงานของท่านเอง',
    en: "Only your own agency's submission can be handled here",
  });

/** Reads a unit's submission: the institute any, the unit's own focal point or approver its own. */
export function requireSubmissionReader(actor: Actor, unitCode: string | null, unitId: number): void {
  if (isInstitute(actor, unitCode)) return;
  if ((actor.role === 'focal_point' || actor.role === 'approver') && actor.unitId === unitId) return;
  throw notYours();
}

/** Adds, edits or deletes a unit's projects: the unit's own focal point only. */
export function requireProjectEditor(actor: Actor, unitId: number): void {
  if (actor.role === 'focal_point' && actor.unitId === unitId) return;
  throw notYours();
}

/** Submits a unit's projects: its own focal point or approver. */
export function requireSubmitter(actor: Actor, unitId: number): void {
  if ((actor.role === 'focal_point' || actor.role === 'approver') && actor.unitId === unitId) return;
  throw notYours();
}

/** The units whose status the actor reads: null = every agency (the institute), else its own unit. */
export function statusScope(actor: Actor, unitCode: string | null): number | null {
  if (isInstitute(actor, unitCode)) return null;
  if ((actor.role === 'focal_point' || actor.role === 'approver') && actor.unitId !== null)
    return actor.unitId;
  throw forbidden();
}
