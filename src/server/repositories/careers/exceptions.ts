/** Exceptions granted per path and person (career_exception): SQL only; rules in use-cases/careers. */
import type { Queryable } from '../../db/database';

export interface ExceptionRow {
  id: number;
  path_id: number;
  person_no: string;
  person_name: string;
  unit_code: string | null;
  criterion_ref: string | null;
  reason: string;
  order_ref: string | null;
  valid_from: string;
  valid_until: string | null;
  granted_by: string | null;
  granted_at: string;
  revoked_by: string | null;
  revoked_at: string | null;
  revoke_reason: string | null;
  version: number;
}

const SELECT = `
  select e.id, e.path_id, p.person_no,
         concat_ws(' ', coalesce(p.title, '') || p.first_name, p.last_name) as person_name,
         u.code as unit_code, e.criterion_ref, e.reason, e.order_ref, e.valid_from, e.valid_until,
         g.username as granted_by, e.granted_at::text as granted_at, r.username as revoked_by,
         e.revoked_at::text as revoked_at, e.revoke_reason, e.version
    from career_exception e
    join person p on p.id = e.person_id
    left join org_unit u on u.id = p.unit_id
    left join app_user g on g.id = e.granted_by
    left join app_user r on r.id = e.revoked_by`;

/** A path's exceptions, newest first; `unitId`: only people of that unit. */
export async function exceptionRows(
  db: Queryable,
  pathId: number,
  unitId: number | null,
): Promise<ExceptionRow[]> {
  const { rows } = await db.query<ExceptionRow>(
    `${SELECT} where e.path_id = $1 and ($2::int is null or p.unit_id = $2) order by e.id desc`,
    [pathId, unitId],
  );
  return rows;
}

export async function exceptionRow(db: Queryable, id: number): Promise<ExceptionRow | null> {
  return (await db.query<ExceptionRow>(`${SELECT} where e.id = $1`, [id])).rows[0] ?? null;
}

export async function personIdByNo(db: Queryable, personNo: string): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>('select id from person where person_no = $1', [personNo]);
  return rows[0]?.id ?? null;
}

/** Every criteria tree of the path (drafts and approved versions): the refs an exception may name. */
export async function pathCriteria(db: Queryable, pathId: number): Promise<unknown[]> {
  const { rows } = await db.query<{ criteria: unknown }>(
    'select criteria from career_path_version where path_id = $1',
    [pathId],
  );
  return rows.map((r) => r.criteria);
}

/** null when an open exception for the same path, person and criterion exists. */
export async function insertException(
  tx: Queryable,
  e: {
    pathId: number;
    personId: number;
    criterionRef: string | null;
    reason: string;
    orderRef: string;
    validFrom: string;
    validUntil: string;
    grantedBy: number | null;
  },
): Promise<number | null> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into career_exception
       (path_id, person_id, criterion_ref, reason, order_ref, valid_from, valid_until, granted_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing returning id`,
    [e.pathId, e.personId, e.criterionRef, e.reason, e.orderRef, e.validFrom, e.validUntil, e.grantedBy],
  );
  return rows[0]?.id ?? null;
}

/** Revokes an open exception at this version; false when stale or already revoked. */
export async function revokeException(
  tx: Queryable,
  id: number,
  version: number,
  reason: string,
  by: number | null,
): Promise<boolean> {
  const { rows } = await tx.query(
    `update career_exception set revoked_at = now(), revoked_by = $4, revoke_reason = $3, version = version + 1
      where id = $1 and version = $2 and revoked_at is null returning id`,
    [id, version, reason, by],
  );
  return rows.length > 0;
}
