/**
 * SQL of key results, their actuals and the projects serving them. Reads are set-based (one query per
 * table for any number of key results); every write records its audit row with the same handle.
 */
import type { KrDirection, KrGranularity } from '../../../domain/monitoring/key-results';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { readableProjectsSql } from '../../policies/monitoring/project-policy';
import { recordAudit } from '../audit';

export interface KeyResultRow {
  id: number;
  plan_id: number;
  plan_code: string;
  target_id: number;
  target_no: string;
  fiscal_year: number;
  no: string;
  indicator: string;
  unit: string | null;
  direction: KrDirection;
  baseline: string | null;
  target_value: string | null;
  range_low: string | null;
  range_high: string | null;
  note: string | null;
  version: number;
}

export interface ActualRow {
  id: number;
  key_result_id: number;
  granularity: KrGranularity;
  period: string;
  period_end: number;
  value: string;
  source: string | null;
  comment: string | null;
  recorded_by_label: string;
  updated_at: Date | string;
  version: number;
}

const KR_SELECT = `
  select kr.id, t.plan_id, plan.code as plan_code, kr.target_id, t.no as target_no, kr.fiscal_year, kr.no,
         kr.indicator, kr.unit, kr.direction, kr.baseline::text as baseline, kr.target_value::text as target_value,
         kr.range_low::text as range_low, kr.range_high::text as range_high, kr.note, kr.version
    from key_result kr
    join strategic_target t on t.id = kr.target_id
    join plan on plan.id = t.plan_id`;

/** Key results of a plan, optionally of one fiscal year and/or target, or one by id. */
export async function selectKeyResults(
  db: Queryable,
  filter: { planId?: number; fiscalYear?: number; targetId?: number; id?: number },
): Promise<KeyResultRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.planId !== undefined) add('t.plan_id = ?', filter.planId);
  if (filter.fiscalYear !== undefined) add('kr.fiscal_year = ?', filter.fiscalYear);
  if (filter.targetId !== undefined) add('kr.target_id = ?', filter.targetId);
  if (filter.id !== undefined) add('kr.id = ?', filter.id);
  const { rows } = await db.query<KeyResultRow>(
    `${KR_SELECT} ${where.length ? `where ${where.join(' and ')}` : ''}`,
    params,
  );
  const byNo = new Intl.Collator('en', { numeric: true });
  return rows.sort(
    (a, b) =>
      byNo.compare(a.target_no, b.target_no) || a.fiscal_year - b.fiscal_year || byNo.compare(a.no, b.no),
  );
}

/** Every actual of the given key results. */
export async function selectActuals(db: Queryable, keyResultIds: readonly number[]): Promise<ActualRow[]> {
  if (keyResultIds.length === 0) return [];
  const { rows } = await db.query<ActualRow>(
    `select id, key_result_id, granularity, period, period_end, value::text as value, source, comment,
            recorded_by_label, updated_at, version
       from key_result_actual where key_result_id = any($1::int[])`,
    [keyResultIds],
  );
  return rows;
}

/** The projects linked to the given key results that the actor may read. */
export async function selectLinkedProjects(
  db: Queryable,
  actor: Actor,
  keyResultIds: readonly number[],
): Promise<{ key_result_id: number; id: number; code: string; name: string }[]> {
  if (keyResultIds.length === 0) return [];
  const scope = readableProjectsSql(actor, 2);
  const { rows } = await db.query<{ key_result_id: number; id: number; code: string; name: string }>(
    `select l.key_result_id, p.id, p.code, p.name
       from project_key_result l join project p on p.id = l.project_id
      where l.key_result_id = any($1::int[]) and ${scope.sql}
      order by p.code`,
    [keyResultIds, ...scope.params],
  );
  return rows;
}

export interface KeyResultColumns {
  no: string;
  indicator: string;
  unit: string | null;
  direction: KrDirection;
  baseline: string | null;
  target_value: string | null;
  range_low: string | null;
  range_high: string | null;
  note: string | null;
}

export async function insertKeyResult(
  tx: Queryable,
  actor: Actor,
  values: KeyResultColumns & { target_id: number; fiscal_year: number },
): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into key_result (target_id, fiscal_year, no, indicator, unit, direction, baseline, target_value,
                             range_low, range_high, note)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (target_id, fiscal_year, no) do nothing
     returning id`,
    [
      values.target_id,
      values.fiscal_year,
      values.no,
      values.indicator,
      values.unit,
      values.direction,
      values.baseline,
      values.target_value,
      values.range_low,
      values.range_high,
      values.note,
    ],
  );
  const id = rows[0]?.id;
  if (id === undefined) return 0;
  await recordAudit(tx, actor, { action: 'create', entity: 'key_result', entityId: id, after: values });
  return id;
}

/** Deletes a key result (its actuals and links go with it), auditing what it was. */
export async function deleteKeyResult(tx: Queryable, actor: Actor, row: KeyResultRow): Promise<void> {
  const actuals = await selectActuals(tx, [row.id]);
  const { rows: links } = await tx.query<{ project_id: number }>(
    'select project_id from project_key_result where key_result_id = $1 order by project_id',
    [row.id],
  );
  await tx.query('delete from key_result where id = $1', [row.id]);
  await recordAudit(tx, actor, {
    action: 'delete',
    entity: 'key_result',
    entityId: row.id,
    before: {
      ...row,
      actuals: actuals.map((a) => ({ period: a.period, granularity: a.granularity, value: a.value })),
      projectIds: links.map((l) => l.project_id),
    },
  });
}

export interface ActualColumns {
  granularity: KrGranularity;
  period: string;
  period_end: number;
  value: string;
  source: string | null;
  comment: string | null;
}

/** Inserts an actual; 0 when the key result already has one for that period. */
export async function insertActual(
  tx: Queryable,
  actor: Actor,
  keyResultId: number,
  values: ActualColumns,
): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into key_result_actual (key_result_id, granularity, period, period_end, value, source, comment,
                                    recorded_by_label)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (key_result_id, granularity, period) do nothing
     returning id`,
    [
      keyResultId,
      values.granularity,
      values.period,
      values.period_end,
      values.value,
      values.source,
      values.comment,
      actor.label,
    ],
  );
  const id = rows[0]?.id;
  if (id === undefined) return 0;
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'key_result_actual',
    entityId: id,
    after: { key_result_id: keyResultId, ...values },
  });
  return id;
}

export async function selectActual(tx: Queryable, id: number, lock = false): Promise<ActualRow | null> {
  const { rows } = await tx.query<ActualRow>(
    `select id, key_result_id, granularity, period, period_end, value::text as value, source, comment,
            recorded_by_label, updated_at, version
       from key_result_actual where id = $1 ${lock ? 'for update' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function deleteActual(tx: Queryable, actor: Actor, row: ActualRow): Promise<void> {
  await tx.query('delete from key_result_actual where id = $1', [row.id]);
  await recordAudit(tx, actor, {
    action: 'delete',
    entity: 'key_result_actual',
    entityId: row.id,
    before: {
      key_result_id: row.key_result_id,
      granularity: row.granularity,
      period: row.period,
      value: row.value,
      source: row.source,
      comment: row.comment,
    },
  });
}

/** Replaces the projects serving a key result; audits the sets before and after when they differ. */
export async function replaceLinks(
  tx: Queryable,
  actor: Actor,
  keyResultId: number,
  projectIds: readonly number[],
): Promise<void> {
  const { rows } = await tx.query<{ project_id: number }>(
    'select project_id from project_key_result where key_result_id = $1 order by project_id for update',
    [keyResultId],
  );
  const before = rows.map((r) => r.project_id);
  const after = [...new Set(projectIds)].sort((a, b) => a - b);
  if (before.length === after.length && before.every((id, i) => id === after[i])) return;
  await tx.query('delete from project_key_result where key_result_id = $1', [keyResultId]);
  await tx.query(
    `insert into project_key_result (project_id, key_result_id)
     select unnest($1::int[]), $2::int`,
    [after, keyResultId],
  );
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'project_key_result',
    entityId: keyResultId,
    before: { projectIds: before },
    after: { projectIds: after },
  });
}
