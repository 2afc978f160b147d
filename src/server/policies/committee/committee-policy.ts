/**
 * Who may do what in the committee module (docs/security.md):
 * - the committee (viewer) and the secretariat (admin, สำนักงาน ก.ก.) read everything;
 * - only the secretariat writes meetings, agenda items, resolutions, assignments and closes assignments;
 * - a focal point or approver reads the assignments of its own unit only, and reports progress on them;
 *   the secretariat reports too on what is assigned to its own unit (its unitId).
 */
import type { Actor } from '../../actor';
import { forbidden } from '../../errors';

export const readsAllCommittee = (actor: Actor) => actor.role === 'admin' || actor.role === 'viewer';

export function requireCommitteeReader(actor: Actor): void {
  if (!readsAllCommittee(actor))
    throw forbidden({
      th: 'เฉพาะ อ.ก.ก. และสำนักงาน ก.ก. ที่ดูการประชุมทั้งหมดได้ หน่วยงานดูได้ที่ "เรื่องที่ได้รับมอบหมาย"',
      en: 'Only the committee and the secretariat read every meeting; units see their own assignments',
    });
}

export function requireSecretariat(actor: Actor): void {
  if (actor.role !== 'admin')
    throw forbidden({
      th: 'เฉพาะสำนักงาน ก.ก. (ฝ่ายเลขานุการ) ที่บันทึกได้',
      en: 'Only the secretariat may record this',
    });
}

/** The unit whose assignments the actor may read: null = every unit; undefined = none. */
export function readableAssignmentUnit(actor: Actor): number | null | undefined {
  if (readsAllCommittee(actor)) return null;
  // Staff read their own person record only, never their unit's committee business.
  if (actor.role === 'staff') return undefined;
  return actor.unitId ?? undefined;
}
