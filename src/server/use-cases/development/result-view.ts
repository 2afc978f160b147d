/**
 * Reading results on form สพข. ๒: one project's result with its due date and state (today, Bangkok), and the
 * timeliness of a fiscal year per agency as of a date (default today): on time, late (filed), missing, not
 * yet due, with the project list. The states come from the domain (src/domain/development/result-due.ts).
 */
import { countTimeliness, resultDueOn, resultTimeliness } from '../../../domain/development';
import type { ProjectResultView, ResultsTimelinessView } from '../../../shared/api/development/results';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { canFileResult, resultsReadScope } from '../../policies/development/result-policy';
import { unitCodeOf } from '../../repositories/development/import-audit';
import {
  projectResult,
  timelinessRows,
  yearExists,
  type ProjectResultRow,
} from '../../repositories/development/results';
import { bangkokToday } from '../clock';

export const PROJECT = { th: 'โครงการพัฒนา', en: 'Development project' };

export const actorUnitCode = (db: Queryable, actor: Actor) =>
  actor.unitId === null ? Promise.resolve(null) : unitCodeOf(db, actor.unitId);

export function toResultView(row: ProjectResultRow, today: string, canFile: boolean): ProjectResultView {
  const r = row.result;
  return {
    project: {
      id: row.id,
      fiscalYear: row.fiscal_year,
      code: row.project_code,
      name: row.project_name,
      unitId: row.unit_id,
      unitName: row.unit_name,
      plannedParticipants: row.participants,
      budget: row.budget,
      budgetSource: row.budget_source,
      startDate: row.start_date,
      endDate: row.end_date,
    },
    dueOn: resultDueOn(row.end_date),
    state: resultTimeliness(row.end_date, r?.filed_on ?? null, today),
    canFile,
    result: r && {
      actualStart: r.actual_start,
      actualEnd: r.actual_end,
      participants: r.participants,
      passed: r.passed,
      spentOrdinance: r.spent_ordinance,
      spentOther: r.spent_other,
      evaluationScore: r.evaluation_score === null ? null : Number(r.evaluation_score),
      lessons: r.lessons,
      filedOn: r.filed_on,
      filedBy: r.filed_by,
      version: r.version,
    },
  };
}

export async function getProjectResult(
  db: Queryable,
  actor: Actor,
  id: number,
  now = new Date(),
): Promise<ProjectResultView> {
  const code = await actorUnitCode(db, actor);
  const scope = resultsReadScope(actor, code);
  const row = await projectResult(db, id);
  if (!row) throw notFound(PROJECT);
  if (scope !== null && row.unit_id !== scope) throw forbidden();
  return toResultView(row, bangkokToday(now), canFileResult(actor, code, row.unit_id));
}

export async function resultsTimeliness(
  db: Queryable,
  actor: Actor,
  query: { fiscalYear: number; asOf?: string | undefined },
  now = new Date(),
): Promise<ResultsTimelinessView> {
  const scope = resultsReadScope(actor, await actorUnitCode(db, actor));
  if (!(await yearExists(db, query.fiscalYear)))
    throw notFound({
      th: `แผนพัฒนาปีงบประมาณ ${query.fiscalYear}`,
      en: `Development year ${query.fiscalYear}`,
    });
  const asOf = query.asOf ?? bangkokToday(now);
  const rows = await timelinessRows(db, query.fiscalYear, scope);
  const projects = rows.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    unitId: p.unit_id,
    endDate: p.end_date,
    dueOn: resultDueOn(p.end_date),
    filedOn: p.filed_on !== null && p.filed_on <= asOf ? p.filed_on : null,
    state: resultTimeliness(p.end_date, p.filed_on, asOf),
  }));
  const byUnit = new Map<number, { code: string; name: string; states: typeof projects }>();
  for (const [i, p] of projects.entries()) {
    const unit = byUnit.get(p.unitId) ?? { code: rows[i]!.unit_code, name: rows[i]!.unit_name, states: [] };
    unit.states.push(p);
    byUnit.set(p.unitId, unit);
  }
  const counts = (list: typeof projects) => {
    const c = countTimeliness(list.map((p) => p.state));
    return {
      projects: list.length,
      onTime: c.on_time,
      late: c.late,
      missing: c.missing,
      notYetDue: c.not_yet_due,
    };
  };
  return {
    fiscalYear: query.fiscalYear,
    asOf,
    totals: counts(projects),
    units: [...byUnit].map(([unitId, u]) => ({
      unitId,
      unitCode: u.code,
      unitName: u.name,
      ...counts(u.states),
    })),
    projects,
  };
}
