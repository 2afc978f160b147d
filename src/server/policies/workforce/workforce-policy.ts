/**
 * Who sees what in the workforce module (default-deny; issue 10 item 4):
 * - admin: everything, every unit;
 * - viewer (committee): figures of every unit, never names (directory and person pages refused);
 * - focal point and approver: the people and figures of their own unit, whatever unit they ask for;
 * - staff: their own person record only (every other route refuses them in http/auth.ts).
 */
import type { Actor } from '../../actor';
import { forbidden } from '../../errors';

/** The unit whose figures the actor reads: null = every unit (or the one asked for). */
export function figuresScope(actor: Actor, askedUnitId: number | null): number | null {
  switch (actor.role) {
    case 'admin':
    case 'viewer':
      return askedUnitId;
    case 'focal_point':
    case 'approver':
      if (actor.unitId === null) throw forbidden();
      return actor.unitId;
    default:
      throw forbidden();
  }
}

/** Whether the actor may see people's names (the directory, key positions' holders). */
export const canSeeNames = (actor: Actor) =>
  actor.role === 'admin' || actor.role === 'focal_point' || actor.role === 'approver';

/** The unit whose people the actor may list by name: null = every unit. Throws for viewer and staff. */
export function peopleScope(actor: Actor, askedUnitId: number | null): number | null {
  if (!canSeeNames(actor))
    throw forbidden({
      th: 'ผู้บริหาร/ผู้อ่านดูได้เฉพาะตัวเลขสรุป ไม่เห็นรายชื่อบุคคล',
      en: 'The committee sees figures only, not people',
    });
  return figuresScope(actor, askedUnitId);
}

/** Whether the actor may open this person's page (the person's current unit given). */
export function canReadPerson(actor: Actor, person: { id: number; unitId: number | null }): boolean {
  if (actor.role === 'staff') return actor.personId !== null && actor.personId === person.id;
  if (actor.role === 'admin') return true;
  if (actor.role === 'focal_point' || actor.role === 'approver')
    return actor.unitId !== null && actor.unitId === person.unitId;
  return false;
}

export const canManageKeyTitles = (actor: Actor) => actor.role === 'admin';
export const canManageStaffAccounts = (actor: Actor) => actor.role === 'admin';
