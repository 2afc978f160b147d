/**
 * Writes the plan tree: the plan, its targets, strategies and projects, the projects' predecessors
 * and extra targets, appending the audit rows the app would have recorded for creating them; returns
 * the ids the rest of the dataset refers to.
 */
import type { Queryable } from '../db/database';
import type { AuditEntry } from '../repositories/audit';
import { insertRows } from './insert-rows';
import type { PlanTree } from './plan-tree';

export interface PlanHeader {
  code: string;
  name: string;
  startYear: number;
  endYear: number;
}

export interface PlanIds {
  planId: number;
  /** by target number */
  targetId: Map<string, number>;
  /** by project index */
  projectId: number[];
}

export async function writePlan(
  tx: Queryable,
  header: PlanHeader,
  plan: PlanTree,
  unitId: ReadonlyMap<string, number>,
  audits: AuditEntry[],
): Promise<PlanIds> {
  const { rows: planRows } = await tx.query<{ id: number }>(
    `insert into plan (code, name, start_year, end_year, state)
     values ($1, $2, $3, $4, case when exists (select 1 from plan where state = 'current') then 'draft' else 'current' end)
     returning id`,
    [header.code, header.name, header.startYear, header.endYear],
  );
  const planId = planRows[0]!.id;
  audits.push({
    action: 'create',
    entity: 'plan',
    entityId: planId,
    after: {
      code: header.code,
      name: header.name,
      start_year: header.startYear,
      end_year: header.endYear,
    },
  });
  const targetRows = await insertRows<{ id: number; no: string }>(
    tx,
    'strategic_target',
    [
      ['plan_id', 'int', plan.targets.map(() => planId)],
      ['no', 'text', plan.targets.map((t) => t.no)],
      ['name', 'text', plan.targets.map((t) => t.name)],
      ['value_delivered', 'text', plan.targets.map((t) => t.value)],
    ],
    'id, no',
  );
  const targetId = new Map(targetRows.map((t) => [t.no, t.id]));
  const strategyRows = await insertRows<{ id: number; target_id: number; no: string }>(
    tx,
    'strategy',
    [
      ['target_id', 'int', plan.strategies.map((s) => targetId.get(s.targetNo))],
      ['no', 'text', plan.strategies.map((s) => s.no)],
      ['name', 'text', plan.strategies.map((s) => s.name)],
      ['kpi', 'text', plan.strategies.map((s) => s.kpi)],
    ],
    'id, target_id, no',
  );
  const strategyId = new Map(strategyRows.map((s) => [s.no, s.id]));
  const ps = plan.projects;
  const projectRows = await insertRows<{ id: number; code: string }>(
    tx,
    'project',
    [
      ['plan_id', 'int', ps.map(() => planId)],
      ['strategy_id', 'int', ps.map((p) => strategyId.get(p.strategyNo))],
      ['code', 'text', ps.map((p) => p.code)],
      ['name', 'text', ps.map((p) => p.name)],
      ['owner_unit_id', 'int', ps.map((p) => (p.ownerCode ? unitId.get(p.ownerCode) : null))],
      ['fiscal_year_from', 'int', ps.map((p) => p.fyFrom)],
      ['fiscal_year_to', 'int', ps.map((p) => p.fyTo)],
      ['start_date', 'date', ps.map((p) => p.startDate)],
      ['end_date', 'date', ps.map((p) => p.endDate)],
      ['budget', 'numeric', ps.map((p) => p.budget)],
      ['kpi', 'text', ps.map((p) => p.kpi)],
      ['kpi_unit', 'text', ps.map((p) => p.kpiUnit)],
      ['kpi_target', 'numeric', ps.map((p) => (p.kpiTarget === null ? null : String(p.kpiTarget)))],
    ],
    'id, code',
  );
  const idByCode = new Map(projectRows.map((p) => [p.code, p.id]));
  const projectId = ps.map((p) => idByCode.get(p.code)!);
  for (const t of plan.targets)
    audits.push({
      action: 'create',
      entity: 'strategic_target',
      entityId: targetId.get(t.no)!,
      after: { plan_id: planId, no: t.no, name: t.name, value_delivered: t.value },
    });
  for (const s of plan.strategies)
    audits.push({
      action: 'create',
      entity: 'strategy',
      entityId: strategyId.get(s.no)!,
      after: { target_id: targetId.get(s.targetNo), no: s.no, name: s.name },
    });
  for (const p of ps)
    audits.push({
      action: 'create',
      entity: 'project',
      entityId: projectId[p.index]!,
      after: {
        plan_id: planId,
        code: p.code,
        strategy_id: strategyId.get(p.strategyNo),
        name: p.name,
        owner_unit_id: p.ownerCode ? unitId.get(p.ownerCode) : null,
        fiscal_year_from: p.fyFrom,
        fiscal_year_to: p.fyTo,
        start_date: p.startDate,
        end_date: p.endDate,
        budget: p.budget,
        kpi: p.kpi,
        kpi_unit: p.kpiUnit,
        kpi_target: p.kpiTarget === null ? null : String(p.kpiTarget),
      },
    });
  const deps = ps.filter((p) => p.dependsOn !== null);
  await insertRows(tx, 'project_dependency', [
    ['project_id', 'int', deps.map((p) => projectId[p.index])],
    ['depends_on_id', 'int', deps.map((p) => projectId[p.dependsOn!])],
  ]);
  const extras = ps.filter((p) => p.extraTarget !== null);
  await insertRows(tx, 'project_extra_target', [
    ['project_id', 'int', extras.map((p) => projectId[p.index])],
    ['target_id', 'int', extras.map((p) => targetId.get(p.extraTarget!))],
  ]);
  return { planId, targetId, projectId };
}
