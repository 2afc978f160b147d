/** The audit of a development import: one audit_event per file with its counts, in the import's transaction. */
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';

export async function recordDevelopmentImport(
  tx: Queryable,
  actor: Actor,
  kind: string,
  counts: Record<string, unknown>,
): Promise<void> {
  await tx.query(
    `insert into audit_event (actor_user_id, actor_label, action, entity, entity_id, before, after)
     values ($1, $2, 'import', 'development_file', $3, null, $4)`,
    [actor.userId, actor.label, kind, JSON.stringify(counts)],
  );
}

/** The unit code of a unit (the policy asks whether it is the development institute). */
export async function unitCodeOf(db: Queryable, unitId: number): Promise<string | null> {
  const { rows } = await db.query<{ code: string }>('select code from org_unit where id = $1', [unitId]);
  return rows[0]?.code ?? null;
}
