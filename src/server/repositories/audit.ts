/** The audit trail: written with the same transaction handle as the change it records. */
import type { AuditEventView, AuditPage, AuditQuery } from '../../shared/api/audit';
import type { Actor } from '../actor';
import type { Queryable } from '../db/database';

/** Sign-in events (entity 'sign_in', id = the account name) and single sign-on links (docs/security.md, 4.2). */
export type SignInAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_in_locked'
  | 'sign_in_refused'
  | 'sign_out'
  | 'sign_out_all'
  | 'link_sso'
  | 'unlink_sso';

/** Password events (entity 'app_user', id = the user's id): never the password or its hash. */
export type PasswordAction =
  'password_change' | 'password_change_failed' | 'password_reset_requested' | 'password_reset';

export interface AuditEntry {
  action:
    'create' | 'update' | 'delete' | 'import' | 'submit' | 'close' | 'merge' | SignInAction | PasswordAction;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Keys that never enter (or leave) the audit trail: credentials, even hashed. */
const SECRET_KEY = /^(password_?hash|token_?hash|token|secret)$/i;

/**
 * A copy of an audited value without secrets: credential keys are dropped at any depth, and a
 * `password` key keeps only the fact that it changed.
 */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (SECRET_KEY.test(key)) continue;
    out[key] = /^password$/i.test(key) ? 'changed' : withoutSecrets(inner);
  }
  return out;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(withoutSecrets(value)));

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
      json(entry.before),
      json(entry.after),
    ],
  );
}

/** Many audit rows in one statement (unnest), e.g. every project a unit closure moved. */
export async function recordAuditMany(tx: Queryable, actor: Actor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.query(
    `insert into audit_event (actor_user_id, actor_label, action, entity, entity_id, before, after)
     select $1::int, $2::text, e.action, e.entity, e.entity_id, e.before::jsonb, e.after::jsonb
       from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
            as e(action, entity, entity_id, before, after)`,
    [
      actor.userId,
      actor.label,
      entries.map((e) => e.action),
      entries.map((e) => e.entity),
      entries.map((e) => String(e.entityId)),
      entries.map((e) => json(e.before)),
      entries.map((e) => json(e.after)),
    ],
  );
}

interface AuditRow {
  id: number;
  at: Date | string;
  actor_label: string;
  actor_user_id: number | null;
  action: string;
  entity: string;
  entity_id: string;
  before: unknown;
  after: unknown;
}

const toView = (r: AuditRow): AuditEventView => ({
  id: Number(r.id),
  at: new Date(r.at).toISOString(),
  actor: r.actor_label,
  actorUserId: r.actor_user_id,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  before: withoutSecrets(r.before ?? null),
  after: withoutSecrets(r.after ?? null),
});

/** `%` and `_` typed by a user are literal characters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Audit rows matching every given filter, newest first, one page of them, with the total. */
export async function searchAudit(db: Queryable, query: Partial<AuditQuery>): Promise<AuditPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.entity) add((n) => `entity = ${n}`, query.entity);
  if (query.entityId) add((n) => `entity_id = ${n}`, query.entityId);
  if (query.actor) add((n) => `lower(actor_label) = lower(${n})`, query.actor);
  if (query.action) add((n) => `action = ${n}`, query.action);
  // Days are Bangkok calendar days: the server and database may run in UTC.
  if (query.from) add((n) => `at >= (${n}::date)::timestamp at time zone 'Asia/Bangkok'`, query.from);
  if (query.to) add((n) => `at < (${n}::date + 1)::timestamp at time zone 'Asia/Bangkok'`, query.to);
  if (query.q) {
    add(
      (n) =>
        `(entity_id ilike ${n} or actor_label ilike ${n} or entity ilike ${n}
          or coalesce(before::text, '') ilike ${n} or coalesce(after::text, '') ilike ${n})`,
      likePattern(query.q),
    );
  }
  const filter = where.length > 0 ? `where ${where.join(' and ')}` : '';
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const { rows: counted } = await db.query<{ n: number }>(
    `select count(*)::int as n from audit_event ${filter}`,
    params,
  );
  const { rows } = await db.query<AuditRow>(
    `select id, at, actor_label, actor_user_id, action, entity, entity_id, before, after
       from audit_event ${filter}
      order by at desc, id desc
      limit $${params.length + 1} offset $${params.length + 2}`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  return { items: rows.map(toView), total: counted[0]?.n ?? 0, page, pageSize };
}

/** One record's trail, newest first. */
export async function listAudit(db: Queryable, entity: string, entityId: string | number) {
  return (await searchAudit(db, { entity, entityId: String(entityId), page: 1, pageSize: 200 })).items;
}
