/**
 * Who files and reads results on form สพข. ๒ (default-deny):
 * - filing (and refiling) a project's result: the project's agency (a focal point or approver of its unit),
 *   the development institute (focal points and approvers of the unit coded BHRDI) and admins;
 * - reading results and their timeliness: admins, the committee (viewer) and the institute every agency,
 *   another agency's focal points and approvers their own unit's projects; staff nobody's.
 * `unitCode` is the actor's unit's code (the policy asks whether it is the institute).
 */
import type { Actor } from '../../actor';
import { forbidden } from '../../errors';
import { DEVELOPMENT_INSTITUTE_CODE } from './import-policy';

const isUnitUser = (actor: Actor) =>
  (actor.role === 'focal_point' || actor.role === 'approver') && actor.unitId !== null;

export function canFileResult(actor: Actor, unitCode: string | null, projectUnitId: number): boolean {
  if (actor.role === 'admin') return true;
  if (!isUnitUser(actor)) return false;
  return unitCode === DEVELOPMENT_INSTITUTE_CODE || actor.unitId === projectUnitId;
}

export function assertCanFileResult(actor: Actor, unitCode: string | null, projectUnitId: number): void {
  if (!canFileResult(actor, unitCode, projectUnitId))
    throw forbidden({
      th: 'รายงานผลโครงการได้เฉพาะหน่วยงานเจ้าของโครงการ สถาบันพัฒนาฯ และผู้ดูแลระบบ',
      en: "Only the project's agency, the development institute and the central office file its result",
    });
}

/** The unit whose results the actor reads: null = every unit. */
export function resultsReadScope(actor: Actor, unitCode: string | null): number | null {
  if (actor.role === 'admin' || actor.role === 'viewer') return null;
  if (isUnitUser(actor)) return unitCode === DEVELOPMENT_INSTITUTE_CODE ? null : actor.unitId;
  throw forbidden({
    th: 'ผลการดำเนินโครงการดูได้เฉพาะหน่วยงาน สถาบันพัฒนาฯ อ.ก.ก. และผู้ดูแลระบบ',
    en: 'Project results are read by agencies, the development institute, the committee and admins',
  });
}
