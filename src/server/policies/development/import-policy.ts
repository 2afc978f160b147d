/**
 * Who may import development files (default-deny): the central office (admin) and the development institute
 * (สพข., the unit coded BHRDI: its focal points and approvers consolidate every agency's projects) import
 * every row; another agency's focal point imports its own unit's rows only (plan rows of its unit, records of
 * people who were in its unit when the activity began: any other row is a row error); nobody else.
 */
import type { Actor } from '../../actor';
import { forbidden } from '../../errors';

export const DEVELOPMENT_INSTITUTE_CODE = 'BHRDI';

/** null: every unit's rows; a unit id: only that unit's rows. `unitCode` is the actor's unit's code. */
export function developmentImportScope(actor: Actor, unitCode: string | null): number | null {
  if (actor.role === 'admin') return null;
  if ((actor.role === 'focal_point' || actor.role === 'approver') && actor.unitId !== null) {
    if (unitCode === DEVELOPMENT_INSTITUTE_CODE) return null;
    if (actor.role === 'focal_point') return actor.unitId;
  }
  throw forbidden({
    th: 'นำเข้าแผนและประวัติการพัฒนาได้เฉพาะผู้ดูแลระบบ สถาบันพัฒนาฯ และผู้ประสานงานของหน่วยงาน',
    en: "Only the central office, the development institute and an agency's focal point import development files",
  });
}
