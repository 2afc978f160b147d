/**
 * Where a user lands after signing in (issue 14.3): focal points and approvers with work waiting go to
 * งานของฉัน (/my-work); everyone else, and they with nothing waiting, to the summary.
 */
import type { Role } from '../../shared/limits';
import type { MyWorkResponse } from '../../shared/api/monitoring/my-work';

export const WORK_ROLES: readonly Role[] = ['focal_point', 'approver'];

export function landingPath(role: Role, work: Pick<MyWorkResponse, 'report' | 'approve'> | null): string {
  if (!WORK_ROLES.includes(role) || !work) return '/';
  const waiting = role === 'focal_point' ? work.report.length : work.approve.length;
  return waiting > 0 ? '/my-work' : '/';
}
