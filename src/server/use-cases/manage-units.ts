/**
 * The admin's unit management: add and edit, answered with the row just written (read in the same
 * transaction); restructuring (close one unit into a successor, merge several) moves the work and the
 * people with it, in one transaction, every change audited; history stays.
 */
import type { z } from 'zod';
import type {
  UnitClose,
  UnitCloseResult,
  UnitCreate,
  UnitMerge,
  UnitUpdate,
  UnitView,
} from '../../shared/api/units';
import type { Actor } from '../actor';
import type { Database } from '../db/database';
import { closeUnits, createUnit, getUnit, listUnits, renameOrEditUnit } from '../repositories/unit-admin';

/** POST /api/units: creates the unit and answers with the row just written (same transaction). */
export function addUnit(db: Database, actor: Actor, input: z.infer<typeof UnitCreate>): Promise<UnitView> {
  return db.transaction(async (tx) => getUnit(tx, await createUnit(tx, actor, input)));
}

/** PATCH /api/units/:id: renames or edits the unit and answers with the row just written. */
export function editUnit(
  db: Database,
  actor: Actor,
  id: number,
  input: z.infer<typeof UnitUpdate>,
): Promise<UnitView> {
  return db.transaction(async (tx) => {
    await renameOrEditUnit(tx, actor, id, input);
    return getUnit(tx, id);
  });
}

async function close(
  db: Database,
  actor: Actor,
  input: { unitIds: number[]; successorId: number; movePeople: boolean },
): Promise<UnitCloseResult> {
  return db.transaction(async (tx) => {
    const moved = await closeUnits(tx, actor, input);
    // Read back in the same transaction: the answer is exactly what was committed.
    return {
      closed: await listUnits(tx, moved.closedIds),
      successor: await getUnit(tx, input.successorId),
      movedProjects: moved.movedProjects,
      movedUsers: moved.movedUsers,
    };
  });
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
