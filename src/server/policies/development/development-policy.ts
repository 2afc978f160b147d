/**
 * Who reads what in the development module (default-deny):
 * - the consolidated plan: every signed-in role but staff (it is the BMA's published plan);
 * - agencies' days (figures): admin (the institute's accounts) and viewer every agency, focal points and
 *   approvers their own unit only;
 * - a person's days and records: admin anyone, focal points and approvers the people of their unit, a staff
 *   user only their own (the workforce module's rule, kept here so the modules stay apart); the committee
 *   sees figures, never people.
 */
import type { Actor } from '../../actor';
import { forbidden } from '../../errors';

/** Whether the actor may read this person's days (the person's unit given). */
export function canReadPersonDays(actor: Actor, person: { id: number; unitId: number | null }): boolean {
  if (actor.role === 'staff') return actor.personId !== null && actor.personId === person.id;
  if (actor.role === 'admin') return true;
  if (actor.role === 'focal_point' || actor.role === 'approver')
    return actor.unitId !== null && actor.unitId === person.unitId;
  return false;
}

/** The unit whose agencies' days the actor reads: null = every unit. */
export function unitsDaysScope(actor: Actor): number | null {
  switch (actor.role) {
    case 'admin':
    case 'viewer':
      return null;
    case 'focal_point':
    case 'approver':
      if (actor.unitId === null) throw forbidden();
      return actor.unitId;
    default:
      throw forbidden();
  }
}
