/**
 * Who reads what in the development module (default-deny):
 * - the consolidated plan: every signed-in role but staff (it is the BMA's published plan);
 * - agencies' days (figures): admin (the institute's accounts) and viewer every agency, focal points and
 *   approvers their own unit only;
 * - a person's days and records: admin anyone, focal points and approvers the people of their unit, a staff
 *   user only their own (the workforce rule, canReadPerson); the committee sees figures, never people.
 */
import type { Actor } from '../../actor';
import { figuresScope } from '../workforce/workforce-policy';

export { canReadPerson as canReadPersonDays } from '../workforce/workforce-policy';

/** The unit whose agencies' days the actor reads: null = every unit. */
export const unitsDaysScope = (actor: Actor): number | null => figuresScope(actor, null);
