/**
 * What a user may do with a project. Default-deny: an ability is granted only by a rule below.
 * The server sends these abilities with each project so the web app never re-implements them.
 */
import type { Actor } from '../../actor';

export interface ProjectScope {
  ownerUnitId: number | null;
}

export interface ProjectAbilities {
  read: boolean;
  update: boolean;
  report: boolean;
}

const ownUnit = (actor: Actor, project: ProjectScope) =>
  actor.unitId !== null && project.ownerUnitId !== null && project.ownerUnitId === actor.unitId;

export function projectAbilities(actor: Actor, project: ProjectScope): ProjectAbilities {
  switch (actor.role) {
    case 'admin':
      return { read: true, update: true, report: true };
    case 'viewer':
      return { read: true, update: false, report: false };
    case 'focal_point':
      return { read: ownUnit(actor, project), update: false, report: ownUnit(actor, project) };
    case 'approver':
      return { read: ownUnit(actor, project), update: false, report: false };
    default:
      return { read: false, update: false, report: false };
  }
}

/** SQL condition restricting projects (alias p) to those the actor may read; params start at $n. */
export function readableProjectsSql(actor: Actor, n: number): { sql: string; params: unknown[] } {
  if (actor.role === 'admin' || actor.role === 'viewer') return { sql: 'true', params: [] };
  if (actor.unitId === null) return { sql: 'false', params: [] };
  return { sql: `p.owner_unit_id = $${n}`, params: [actor.unitId] };
}

export const canEditPlans = (actor: Actor) => actor.role === 'admin';
export const canImportPlans = (actor: Actor) => actor.role === 'admin';
export const canImportReports = (actor: Actor) => actor.role === 'admin' || actor.role === 'focal_point';
export const canManageUsers = (actor: Actor) => actor.role === 'admin';
export const canManageUnits = (actor: Actor) => actor.role === 'admin';
