/** The audit trail: written with the same transaction handle as the change it records. */
import type { Actor } from '../actor';
import type { Queryable } from '../db/database';

export interface AuditEntry {
  action: 'create' | 'update' | 'delete' | 'import' | 'submit' | 'sign_in';
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(tx: Queryable, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.query(
    `insert into audit_event (actor_user_id, actor_label, action, entity, entity_id, before, after)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      actor.userId,
      actor.label,
      entry.action,
      entry.entity,
      String(entry.entityId),
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
}

export async function listAudit(db: Queryable, entity: string, entityId: string | number) {
  const { rows } = await db.query(
    `select id, at, actor_label as "actor", action, before, after
       from audit_event where entity = $1 and entity_id = $2 order by at desc, id desc`,
    [entity, String(entityId)],
  );
  return rows;
}
