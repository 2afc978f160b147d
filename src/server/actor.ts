/** Who is acting: a signed-in user, or the operator at the command line. Written into every audit row. */
import type { Role } from '../shared/limits';

export interface Actor {
  userId: number | null;
  label: string;
  role: Role;
  unitId: number | null;
  /** The person record the user is linked to (app_user.person_id): a staff user's own record. */
  personId?: number | null;
}

export const OPERATOR: Actor = { userId: null, label: 'cli', role: 'admin', unitId: null };
export const DEMO_LOADER: Actor = { userId: null, label: 'demo', role: 'admin', unitId: null };
