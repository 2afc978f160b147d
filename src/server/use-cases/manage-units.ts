/**
 * The admin's unit management: restructuring (close one unit into a successor, merge several) moves
 * the work and the people with it, in one transaction, every change audited; history stays.
 */
import type { UnitClose, UnitCloseResult, UnitMerge } from '../../shared/api/units';
import type { Actor } from '../actor';
import type { Database } from '../db/database';
import { closeUnits, getUnit, listUnits } from '../repositories/unit-admin';

async function close(
  db: Database,
  actor: Actor,
  input: { unitIds: number[]; successorId: number; movePeople: boolean },
): Promise<UnitCloseResult> {
  const moved = await db.transaction((tx) => closeUnits(tx, actor, input));
  const closed = await listUnits(db, moved.closedIds);
  return {
    closed,
    successor: await getUnit(db, input.successorId),
    movedProjects: moved.movedProjects,
    movedUsers: moved.movedUsers,
  };
}

/** POST /api/units/:id/close */
export function closeUnit(db: Database, actor: Actor, unitId: number, input: UnitClose) {
  return close(db, actor, {
    unitIds: [unitId],
    successorId: input.successorId,
    movePeople: input.movePeople,
  });
}

/** POST /api/units/merge */
export function mergeUnits(db: Database, actor: Actor, input: UnitMerge) {
  return close(db, actor, input);
}
