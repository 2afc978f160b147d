/** Imports a monthly report file: all-or-nothing; a row for a project and month already reported replaces it. */
import { fiscalYearOfPeriod, formatPeriod, periodFromKey, periodKey } from '../../../domain';
import { decideReportAction, type ReportState } from '../../../domain/monitoring';
import { IMPORT_NAMED, type ImportResult } from '../../../shared/api/monitoring/plans';
import type { FieldIssue } from '../../../shared/messages';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { loadMonthWindows } from '../../repositories/monitoring/reporting-months';
import { invalidInput } from '../../errors';
import { ANALYZE_AFTER_ROWS, refreshStatistics } from '../../db/statistics';
import { issuesNotKept } from '../../import/issue-list';
import { readTable, stopsAtHeader, type Table } from '../../import/read-table';
import { monitoringHeaderKey } from '../../import/monitoring/columns';
import { parseReportTable } from '../../import/monitoring/report-rows';
import { recordAudit } from '../../repositories/audit';
import { writeReports } from '../../repositories/monitoring/reports';
import { inTransaction } from '../dry-run';
import { currentPeriodKey } from '../clock';

export async function importReports(
  db: Database,
  actor: Actor,
  file: Uint8Array,
  options: { dryRun?: boolean } = {},
) {
  return importReportTable(
    db,
    actor,
    await readTable(file, undefined, monitoringHeaderKey('reports')),
    options,
  );
}

export async function importReportTable(
  db: Database,
  actor: Actor,
  table: Table,
  options: { dryRun?: boolean; source?: 'import' | 'demo' } = {},
): Promise<ImportResult> {
  const { reports, issues } = parseReportTable(table);
  if (stopsAtHeader(issues)) throw invalidInput(issues, undefined, issuesNotKept(issues));

  const result = await inTransaction(db, options.dryRun ?? false, async (tx) => {
    const planCodes = [...new Set(reports.map((r) => r.planCode))];
    const { rows: projects } = await tx.query<{
      id: number;
      code: string;
      plan_code: string;
      start_year: number;
      end_year: number;
      owner_unit_id: number | null;
    }>(
      `select p.id, p.code, plan.code as plan_code, plan.start_year, plan.end_year, p.owner_unit_id
         from project p join plan on plan.id = p.plan_id where plan.code = any($1::text[])`,
      [planCodes],
    );
    const knownPlans = new Set(projects.map((p) => p.plan_code));
    const byKey = new Map(projects.map((p) => [`${p.plan_code}|${p.code}`, p]));
    const now = currentPeriodKey();
    const rowIssues: FieldIssue[] = [...issues];
    // An agency's file follows the form's rules: month windows and current report states, read set-based.
    const workflow =
      actor.role === 'admin'
        ? null
        : await loadWorkflowFacts(
            tx,
            projects.map((p) => p.id),
          );
    const rows = [];
    for (const r of reports) {
      const project = byKey.get(`${r.planCode}|${r.projectCode}`);
      if (!knownPlans.has(r.planCode)) {
        rowIssues.push({
          row: r.row,
          field: 'plan_code',
          en: `no plan "${r.planCode}"`,
          th: `ไม่พบแผน "${r.planCode}"`,
        });
        continue;
      }
      if (!project) {
        rowIssues.push({
          row: r.row,
          field: 'project_code',
          en: `no project "${r.projectCode}" in plan ${r.planCode}`,
          th: `ไม่พบโครงการ "${r.projectCode}" ในแผน ${r.planCode}`,
        });
        continue;
      }
      const fy = fiscalYearOfPeriod(r.period);
      if (fy < project.start_year || fy > project.end_year) {
        rowIssues.push({
          row: r.row,
          field: 'period',
          en: `${formatPeriod(r.period)} is outside the plan's fiscal years ${project.start_year}–${project.end_year}`,
          th: `${formatPeriod(r.period)} อยู่นอกปีงบประมาณของแผน ${project.start_year}–${project.end_year}`,
        });
        continue;
      }
      if (periodKey(r.period) > now) {
        rowIssues.push({
          row: r.row,
          field: 'period',
          en: `${formatPeriod(r.period)} has not happened yet`,
          th: `เดือน ${formatPeriod(r.period)} ยังมาไม่ถึง`,
        });
        continue;
      }
      const refusal =
        workflow && workflowRefusal(workflow, actor, project.id, project.owner_unit_id, periodKey(r.period));
      if (refusal) {
        rowIssues.push({
          row: r.row,
          field: refusal.kind === 'forbidden' ? 'project_code' : 'period',
          en: `project ${r.projectCode}, ${formatPeriod(r.period)}: ${refusal.reason.en}`,
          th: `โครงการ ${r.projectCode} เดือน ${formatPeriod(r.period)}: ${refusal.reason.th}`,
        });
        continue;
      }
      rows.push({
        projectId: project.id,
        period: periodKey(r.period),
        status: r.status,
        percent: r.percent,
        kpiActual: r.kpiActual,
        spent: r.spent,
        problems: r.problems,
        nextSteps: r.nextSteps,
      });
    }
    if (rowIssues.length > 0) {
      const sorted = rowIssues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      throw invalidInput(sorted, undefined, issuesNotKept(issues));
    }
    // The centre's files are its own record: accepted. An agency's file goes up for approval.
    const written = await writeReports(
      tx,
      actor,
      rows,
      options.source ?? 'import',
      actor.role === 'admin' ? 'accepted' : 'submitted',
    );
    const replaced = written.filter((w) => w.replacedId !== null).length;
    const codeOf = new Map(projects.map((p) => [p.id, p.code]));
    const nameOf = (w: (typeof written)[number]) =>
      `${codeOf.get(w.projectId)} ${formatPeriod(periodFromKey(w.period))}`;
    const first = (replacedOnes: boolean) =>
      written
        .filter((w) => (w.replacedId !== null) === replacedOnes)
        .slice(0, IMPORT_NAMED)
        .map(nameOf);
    const result: ImportResult = {
      dryRun: options.dryRun ?? false,
      ok: true,
      rows: table.rows.length,
      issues: [],
      created: { monthly_report: written.length - replaced },
      updated: { monthly_report: replaced },
      named: { created: { monthly_report: first(false) }, updated: { monthly_report: first(true) } },
      newUnits: [],
      planCode: planCodes[0],
    };
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'report_file',
      entityId: planCodes.join(','),
      after: { rows: result.rows, created: result.created, updated: result.updated },
    });
    return result;
  });
  // A large file changes the tables' shape: PGlite gathers the planner's statistics again (no autovacuum).
  if (!result.dryRun && reports.length >= ANALYZE_AFTER_ROWS) {
    await refreshStatistics(db, ['monthly_report', 'problem']);
  }
  return result;
}

/** Everything the workflow rule needs for an agency's file, in three queries whatever its length. */
async function loadWorkflowFacts(tx: Queryable, projectIds: number[]) {
  const windowOf = await loadMonthWindows(tx);
  const { rows } = await tx.query<{ project_id: number; period: number; state: ReportState }>(
    `select project_id, period, state from monthly_report
      where project_id = any($1::int[]) and superseded_at is null`,
    [projectIds],
  );
  const states = new Map(rows.map((r) => [`${r.project_id}|${r.period}`, r.state]));
  return {
    windowOf,
    stateOf: (projectId: number, period: number) => states.get(`${projectId}|${period}`) ?? null,
  };
}

/** The same rules as the web form: an agency may send only its own projects, in an open month, not over a report under review. */
function workflowRefusal(
  facts: Awaited<ReturnType<typeof loadWorkflowFacts>>,
  actor: Actor,
  projectId: number,
  ownerUnitId: number | null,
  period: number,
) {
  const decision = decideReportAction({
    action: 'submit',
    role: actor.role,
    ownUnit: actor.unitId !== null && actor.unitId === ownerUnitId,
    state: facts.stateOf(projectId, period),
    month: facts.windowOf(period, ownerUnitId),
  });
  return decision.ok ? null : decision;
}
