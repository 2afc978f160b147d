/** Writes one parsed plan: upsert by code, audit each record that changed. */
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { makeCurrentIfNone } from '../../repositories/monitoring/plan-state';
import type { PlanDraft, ProjectDraft } from '../../import/monitoring/plan-rows';
import { recordAudit } from '../../repositories/audit';
import { IMPORT_NAMED, type ImportResult } from '../../../shared/api/monitoring/plans';

/** Counts a record written and names its first IMPORT_NAMED per kind (what a dry run says it would write). */
function bump(result: ImportResult, change: 'created' | 'updated', key: string, label: string) {
  result[change][key] = (result[change][key] ?? 0) + 1;
  result.named ??= { created: {}, updated: {} };
  const names = (result.named[change][key] ??= []);
  if (names.length < IMPORT_NAMED) names.push(label);
}

/** Inserts or updates one row; audits and counts it. `fields` are column → value. */
async function upsert(
  tx: Queryable,
  actor: Actor,
  result: ImportResult,
  spec: {
    table: string;
    match: Record<string, unknown>;
    fields: Record<string, unknown>;
    versioned?: boolean;
  },
): Promise<number> {
  const matchCols = Object.keys(spec.match);
  const where = matchCols.map((c, i) => `${c} = $${i + 1}`).join(' and ');
  const fieldCols = Object.keys(spec.fields);
  const { rows } = await tx.query<Record<string, unknown> & { id: number }>(
    `select id, ${fieldCols.join(', ')} from ${spec.table} where ${where}`,
    Object.values(spec.match),
  );
  const existing = rows[0];
  const label = String(Object.values(spec.match).at(-1));
  if (!existing) {
    const cols = [...matchCols, ...fieldCols];
    const values = [...Object.values(spec.match), ...Object.values(spec.fields)];
    const { rows: inserted } = await tx.query<{ id: number }>(
      `insert into ${spec.table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
      values,
    );
    const id = inserted[0]!.id;
    await recordAudit(tx, actor, {
      action: 'create',
      entity: spec.table,
      entityId: id,
      after: { ...spec.match, ...spec.fields },
    });
    bump(result, 'created', spec.table, label);
    return id;
  }
  const changed = fieldCols.filter((c) => normalise(existing[c]) !== normalise(spec.fields[c]));
  if (changed.length === 0) return existing.id;
  const sets = changed.map((c, i) => `${c} = $${i + 2}`);
  if (spec.versioned) sets.push('version = version + 1', 'updated_at = now()');
  await tx.query(`update ${spec.table} set ${sets.join(', ')} where id = $1`, [
    existing.id,
    ...changed.map((c) => spec.fields[c]),
  ]);
  await recordAudit(tx, actor, {
    action: 'update',
    entity: spec.table,
    entityId: existing.id,
    before: Object.fromEntries(changed.map((c) => [c, existing[c]])),
    after: Object.fromEntries(changed.map((c) => [c, spec.fields[c]])),
  });
  bump(result, 'updated', spec.table, label);
  return existing.id;
}

/** Database values come back as strings ('1500.00'); compare numbers by value, not spelling. */
function normalise(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? String(Number(text)) : text;
}

export async function writePlanDraft(
  tx: Queryable,
  actor: Actor,
  plan: PlanDraft,
  unitIds: Map<string, number | null>,
  result: ImportResult,
): Promise<void> {
  const planId = await upsert(tx, actor, result, {
    table: 'plan',
    match: { code: plan.code },
    versioned: true,
    fields: { name: plan.name, start_year: plan.startYear, end_year: plan.endYear },
  });
  // A new plan is a draft unless no plan is current (the first one): importing never moves everyone's default.
  await makeCurrentIfNone(tx, planId);
  const targetIds = new Map<string, number>();
  for (const [no, t] of plan.targets) {
    targetIds.set(
      no,
      await upsert(tx, actor, result, {
        table: 'strategic_target',
        match: { plan_id: planId, no },
        fields: { name: t.name, value_delivered: t.valueDelivered },
      }),
    );
  }
  const strategyIds = new Map<string, number>();
  for (const [key, s] of plan.strategies) {
    strategyIds.set(
      key,
      await upsert(tx, actor, result, {
        table: 'strategy',
        match: { target_id: targetIds.get(s.targetNo), no: s.no },
        fields: { name: s.name },
      }),
    );
  }
  const projectIds = new Map<string, number>();
  for (const p of plan.projects) {
    projectIds.set(
      p.code,
      await upsert(tx, actor, result, {
        table: 'project',
        match: { plan_id: planId, code: p.code },
        versioned: true,
        fields: projectFields(p, strategyIds.get(`${p.targetNo}|${p.strategyNo}`)!, unitIds),
      }),
    );
  }
  await writeLinks(tx, planId, plan, projectIds);
}

function projectFields(p: ProjectDraft, strategyId: number, unitIds: Map<string, number | null>) {
  return {
    strategy_id: strategyId,
    name: p.name,
    owner_unit_id: p.ownerUnit === null ? null : (unitIds.get(p.ownerUnit) ?? null),
    fiscal_year_from: p.fiscalYearFrom,
    fiscal_year_to: p.fiscalYearTo,
    start_date: p.startDate,
    end_date: p.endDate,
    budget: p.budget,
    kpi: p.kpi,
    kpi_unit: p.kpiUnit,
    kpi_target: p.kpiTarget,
  };
}

/** Predecessors and extra targets of the file's projects are replaced by what the file says. */
async function writeLinks(tx: Queryable, planId: number, plan: PlanDraft, projectIds: Map<string, number>) {
  const ids = [...projectIds.values()];
  await tx.query('delete from project_dependency where project_id = any($1::int[])', [ids]);
  await tx.query('delete from project_extra_target where project_id = any($1::int[])', [ids]);
  for (const p of plan.projects) {
    const id = projectIds.get(p.code)!;
    if (p.dependsOn.length > 0) {
      await tx.query(
        `insert into project_dependency (project_id, depends_on_id)
         select $1, id from project where plan_id = $2 and code = any($3::text[])`,
        [id, planId, p.dependsOn],
      );
    }
    if (p.extraTargets.length > 0) {
      await tx.query(
        `insert into project_extra_target (project_id, target_id)
         select $1, id from strategic_target where plan_id = $2 and no = any($3::text[])`,
        [id, planId, p.extraTargets],
      );
    }
  }
}
