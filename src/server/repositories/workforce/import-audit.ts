/**
 * The audit of a workforce import: one audit_event per file with its counts (not one per row), and the
 * earlier values of the records it changed or removed in workforce_revision, tied to that event
 * (migration 0015). Both written in the import's transaction.
 */
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';

export async function recordImportEvent(
  tx: Queryable,
  actor: Actor,
  kind: string,
  counts: Record<string, unknown>,
): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into audit_event (actor_user_id, actor_label, action, entity, entity_id, before, after)
     values ($1, $2, 'import', 'workforce_file', $3, null, $4) returning id`,
    [actor.userId, actor.label, kind, JSON.stringify(counts)],
  );
  return Number(rows[0]!.id);
}

/** Rewrites the import event's counts once the writes are done (the event is written first, for its id). */
export async function updateImportEvent(
  tx: Queryable,
  eventId: number,
  counts: Record<string, unknown>,
): Promise<void> {
  await tx.query('update audit_event set after = $2 where id = $1', [eventId, JSON.stringify(counts)]);
}

export interface Revision {
  entity: string;
  entityKey: string;
  change: 'update' | 'delete';
  before: Record<string, unknown>;
}

/** The earlier values a set of imports kept for one record, oldest first (for tests and the person page). */
export async function listRevisions(db: Queryable, entity: string, entityKey: string): Promise<Revision[]> {
  const { rows } = await db.query<{ change: 'update' | 'delete'; before: Record<string, unknown> }>(
    `select change, before from workforce_revision where entity = $1 and entity_key = $2 order by id`,
    [entity, entityKey],
  );
  return rows.map((r) => ({ entity, entityKey, change: r.change, before: r.before }));
}
