/**
 * Who may do what in the careers module (docs/security.md):
 * - the central office (admin) edits and approves paths, sees every candidate with names, runs the what-if;
 * - an agency's HR staff (focal point, approver) see their own unit's candidates, with names;
 * - the committee (viewer) sees figures only, never a name;
 * - a staff user (a person signed in) sees the paths and their own self-check, nothing else;
 * - exceptions (a criterion or a whole path waived for a person, with a reason, an order and an end date):
 *   only the central office grants and revokes them; it lists every one, a focal point or approver lists
 *   those of their own unit's people (names: they see their candidates anyway); the committee (viewer) is
 *   refused the list (names) and sees them as the `exceptions` figure of eligibility; a staff user is
 *   refused the list and sees their own in the self-check ("met by exception");
 * - anything not granted here is denied.
 */
import type { Actor } from '../../actor';
import { forbidden } from '../../errors';

const role = (actor: Actor): string => actor.role;

export function requireCareerAdmin(actor: Actor): void {
  if (role(actor) !== 'admin')
    throw forbidden({
      th: 'เฉพาะสำนักงาน ก.ก. ที่แก้ไขและอนุมัติเส้นทางความก้าวหน้าได้',
      en: 'Only the central HR office edits and approves career paths',
    });
}

/** Paths and their criteria are not personal: every signed-in role reads them (staff to check themselves). */
export function requirePathReader(actor: Actor): void {
  if (!['admin', 'focal_point', 'approver', 'viewer', 'staff'].includes(role(actor))) throw forbidden();
}

export interface CandidateScope {
  /** null: every unit. */
  unitId: number | null;
  /** Names and personnel numbers may be shown. */
  names: boolean;
}

/** Whose eligibility the actor may see; `asked` is the unit the request names (if any). */
export function candidateScope(actor: Actor, asked: number | null): CandidateScope {
  switch (role(actor)) {
    case 'admin':
      return { unitId: asked, names: true };
    case 'viewer':
      return { unitId: asked, names: false };
    case 'focal_point':
    case 'approver':
      if (actor.unitId === null) throw forbidden();
      return { unitId: actor.unitId, names: true };
    default:
      throw forbidden({
        th: 'บุคลากรดูได้เฉพาะผลการตรวจสอบคุณสมบัติของตนเอง',
        en: 'A staff user sees only their own self-check',
      });
  }
}

/** Whose exceptions the actor may list: every unit (admin) or their own (focal point, approver). */
export function exceptionListScope(actor: Actor): { unitId: number | null } {
  switch (role(actor)) {
    case 'admin':
      return { unitId: null };
    case 'focal_point':
    case 'approver':
      if (actor.unitId === null) throw forbidden();
      return { unitId: actor.unitId };
    default:
      throw forbidden({
        th: 'รายชื่อผู้ได้รับการยกเว้นเปิดให้สำนักงาน ก.ก. และหน่วยงานของผู้นั้นเท่านั้น',
        en: "The list of exceptions is for the central office and the person's own unit only",
      });
  }
}
