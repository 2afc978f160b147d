/**
 * Imports a plan file (formats.md): all-or-nothing, every row issue listed. A plan code that exists
 * is updated in place (same codes = same records) and every change is audited with before/after.
 */
import { findCycles } from '../../../domain/monitoring/dependency-cycles';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { invalidInput } from '../../errors';
import { parsePlanTable, type PlanDraft } from '../../import/monitoring/plan-rows';
import { issuesNotKept } from '../../import/issue-list';
import { readTable, stopsAtHeader, type Table } from '../../import/read-table';
import { monitoringHeaderKey } from '../../import/monitoring/columns';
import { recordAudit } from '../../repositories/audit';
import { createUnitFromText, loadUnitResolver, looksLikeUnitCode } from '../../repositories/units';
import type { FieldIssue } from '../../../shared/messages';
import type { ImportResult } from '../../../shared/api/monitoring/plans';
import { inTransaction } from '../dry-run';
import { writePlanDraft } from './write-plan-draft';

export async function importPlan(
  db: Database,
  actor: Actor,
  file: Uint8Array,
  options: { dryRun?: boolean } = {},
) {
  return importPlanTable(db, actor, await readTable(file, undefined, monitoringHeaderKey('plan')), options);
}

export async function importPlanTable(
  db: Database,
  actor: Actor,
  table: Table,
  options: { dryRun?: boolean } = {},
): Promise<ImportResult> {
  const { plans, issues } = parsePlanTable(table);
  if (stopsAtHeader(issues)) throw invalidInput(issues, undefined, issuesNotKept(issues));

  return inTransaction(db, options.dryRun ?? false, async (tx) => {
    const dbIssues = (await Promise.all(plans.map((p) => checkAgainstDatabase(tx, p)))).flat();
    const all = [...issues, ...dbIssues];
    if (all.length > 0) {
      const sorted = all.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      throw invalidInput(sorted, undefined, issuesNotKept(issues));
    }

    const result: ImportResult = {
      dryRun: options.dryRun ?? false,
      ok: true,
      rows: table.rows.length,
      issues: [],
      created: {},
      updated: {},
      newUnits: [],
      planCode: plans[0]?.code,
    };
    const units = await loadUnitResolver(tx);
    const unitIds = new Map<string, number | null>();
    const missing: string[] = [];
    for (const plan of plans) {
      for (const p of plan.projects) {
        if (p.ownerUnit === null || unitIds.has(p.ownerUnit)) continue;
        const id = units.resolve(p.ownerUnit);
        unitIds.set(p.ownerUnit, id);
        if (id === null) missing.push(p.ownerUnit);
      }
    }
    // Units the file gives a code for first: a code generated for another new unit must not take it.
    const ordered = [...missing.filter(looksLikeUnitCode), ...missing.filter((t) => !looksLikeUnitCode(t))];
    const created = new Set<string>();
    for (const text of ordered) {
      // "ocsc" and "OCSC" in one file are one unit.
      const known = units.resolve(text);
      if (known !== null) {
        unitIds.set(text, known);
        continue;
      }
      const unit = await createUnitFromText(tx, text);
      await recordAudit(tx, actor, { action: 'create', entity: 'org_unit', entityId: unit.id, after: unit });
      units.remember(text, unit.id);
      units.remember(unit.code, unit.id);
      created.add(text);
      unitIds.set(text, unit.id);
    }
    result.newUnits.push(...missing.filter((text) => created.has(text)));
    for (const plan of plans) await writePlanDraft(tx, actor, plan, unitIds, result);
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'plan_file',
      entityId: plans.map((p) => p.code).join(','),
      after: {
        rows: result.rows,
        created: result.created,
        updated: result.updated,
        newUnits: result.newUnits,
      },
    });
    return result;
  });
}

/** Predecessors and extra targets may name records already in the database, not only in the file. */
async function checkAgainstDatabase(tx: Queryable, plan: PlanDraft): Promise<FieldIssue[]> {
  const { rows: existingProjects } = await tx.query<{ code: string }>(
    'select p.code from project p join plan on plan.id = p.plan_id where plan.code = $1',
    [plan.code],
  );
  const { rows: existingTargets } = await tx.query<{ no: string }>(
    'select t.no from strategic_target t join plan on plan.id = t.plan_id where plan.code = $1',
    [plan.code],
  );
  const projectCodes = new Set([...existingProjects.map((p) => p.code), ...plan.projects.map((p) => p.code)]);
  const targetNos = new Set([...existingTargets.map((t) => t.no), ...plan.targets.keys()]);
  const issues: FieldIssue[] = [];
  for (const p of plan.projects) {
    for (const code of p.dependsOn) {
      if (!projectCodes.has(code)) {
        issues.push({
          row: p.row,
          field: 'depends_on',
          en: `no project "${code}" in plan ${plan.code}`,
          th: `ไม่พบโครงการ "${code}" ในแผน ${plan.code}`,
        });
      }
    }
    for (const no of p.extraTargets) {
      if (!targetNos.has(no)) {
        issues.push({
          row: p.row,
          field: 'extra_targets',
          en: `no target "${no}" in plan ${plan.code}`,
          th: `ไม่พบเป้าประสงค์ "${no}" ในแผน ${plan.code}`,
        });
      }
    }
  }
  const { rows: existingEdges } = await tx.query<{ code: string; dep: string }>(
    `select p.code, d.code as dep from project_dependency pd
       join project p on p.id = pd.project_id join project d on d.id = pd.depends_on_id
       join plan on plan.id = p.plan_id where plan.code = $1`,
    [plan.code],
  );
  issues.push(...dependencyCycles(plan, existingEdges));
  return issues;
}

/** Cycles in the predecessor graph the plan will have: the database's links, replaced by the file's for its projects. */
function dependencyCycles(plan: PlanDraft, existing: { code: string; dep: string }[]): FieldIssue[] {
  const edges = new Map<string, string[]>();
  for (const e of existing) edges.set(e.code, [...(edges.get(e.code) ?? []), e.dep]);
  // Self-dependency is reported on its own; it is not reported again as a cycle.
  for (const p of plan.projects)
    edges.set(
      p.code,
      p.dependsOn.filter((d) => d !== p.code),
    );
  const rowOf = new Map(plan.projects.map((p) => [p.code, p.row]));
  return findCycles(
    plan.projects.map((p) => p.code),
    edges,
  ).map((members) => ({
    // Name the first row of the file that takes part: the database's own links had no cycle.
    row: members.map((c) => rowOf.get(c)).find((r) => r !== undefined),
    field: 'depends_on',
    en: `predecessors form a cycle: ${members.join(' → ')}`,
    th: `ลำดับโครงการวนกลับ: ${members.join(' → ')}`,
  }));
}
