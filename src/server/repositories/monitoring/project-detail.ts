/** One project with its links and full report history (replaced reports included). */
import { formatPeriod, periodFromKey } from '../../../domain';
import { checkSpentAgainstBudget } from '../../../domain/monitoring/budget-check';
import type { MonthlyReportView, ProjectDetail } from '../../../shared/api/monitoring/plans';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { PROJECT_SELECT, toListItem, type ProjectRow } from './projects';

const NO_PROJECT = { th: 'โครงการนี้', en: 'This project' };

export async function getProjectDetail(db: Queryable, actor: Actor, id: number): Promise<ProjectDetail> {
  const { rows } = await db.query<
    ProjectRow & {
      target_name: string;
      strategy_name: string;
      start_date: string | null;
      end_date: string | null;
      kpi: string | null;
      kpi_unit: string | null;
      kpi_target: string | null;
      version: number;
    }
  >(
    `select q.*, t.name as target_name, s.name as strategy_name, p.start_date, p.end_date, p.kpi, p.kpi_unit,
            p.kpi_target, p.version
       from (${PROJECT_SELECT} where p.id = $2) q
       join project p on p.id = q.id
       join strategy s on s.id = p.strategy_id
       join strategic_target t on t.id = s.target_id`,
    [999_912, id],
  );
  const row = rows[0];
  if (!row) throw notFound(NO_PROJECT);
  const item = toListItem(actor, row);
  if (!item.abilities.read) {
    throw forbidden({
      th: 'โครงการนี้เป็นของหน่วยงานอื่น ท่านดูได้เฉพาะโครงการของหน่วยงานท่าน',
      en: "This project belongs to another unit; you can see only your own unit's projects",
    });
  }
  const [deps, extras, reports] = await Promise.all([
    db.query<{ id: number; code: string; name: string }>(
      `select d.id, d.code, d.name from project_dependency pd join project d on d.id = pd.depends_on_id
        where pd.project_id = $1 order by d.code`,
      [id],
    ),
    db.query<{ no: string; name: string }>(
      `select t.no, t.name from project_extra_target x join strategic_target t on t.id = x.target_id
        where x.project_id = $1 order by t.no`,
      [id],
    ),
    reportRows(db, id),
  ]);
  return {
    ...item,
    targetName: row.target_name,
    strategyName: row.strategy_name,
    startDate: row.start_date,
    endDate: row.end_date,
    kpi: row.kpi,
    kpiUnit: row.kpi_unit,
    kpiTarget: row.kpi_target,
    version: row.version,
    dependsOn: deps.rows,
    extraTargets: extras.rows,
    reports: reports.map(toView),
    acceptedValues: acceptedValuesOf(reports),
  };
}

/** Every version of the project's reports, newest month first (the history and the form read them). */
export async function listReports(db: Queryable, projectId: number): Promise<MonthlyReportView[]> {
  return (await reportRows(db, projectId)).map(toView);
}

/**
 * Each month's last accepted values, from the same rows (no second query): the version accepted last, so a
 * month whose accepted report was later corrected and accepted again shows the newer figures.
 */
function acceptedValuesOf(rows: ReportRow[]): ProjectDetail['acceptedValues'] {
  const byPeriod = new Map<number, ReportRow>();
  for (const r of rows) {
    if (r.accepted_at === null) continue;
    const known = byPeriod.get(r.period);
    if (!known || new Date(r.accepted_at) > new Date(known.accepted_at!)) byPeriod.set(r.period, r);
  }
  return [...byPeriod.values()]
    .sort((a, b) => b.period - a.period)
    .map((r) => ({
      period: formatPeriod(periodFromKey(r.period)),
      reportId: r.id,
      acceptedAt: iso(r.accepted_at)!,
      status: r.status,
      percent: r.percent,
      kpiActual: r.kpi_actual,
      spent: r.spent,
    }));
}

type ReportRow = Awaited<ReturnType<typeof reportRows>>[number];

async function reportRows(db: Queryable, projectId: number) {
  const { rows } = await db.query<{
    id: number;
    period: number;
    status: MonthlyReportView['status'];
    percent: string | null;
    kpi_actual: string | null;
    spent: string | null;
    problems: string | null;
    next_steps: string | null;
    source: string;
    reported_by_label: string;
    reported_at: Date;
    superseded_at: Date | null;
    state: MonthlyReportView['state'];
    submitted_at: Date | null;
    approved_at: Date | null;
    approved_by_label: string | null;
    accepted_at: Date | null;
    accepted_by_label: string | null;
    returned_at: Date | null;
    returned_by_label: string | null;
    review_comment: string | null;
    budget: string | null;
  }>(
    `select m.id, m.period, m.status, m.percent, m.kpi_actual, m.spent, m.problems, m.next_steps, m.source,
            m.reported_by_label, m.reported_at, m.superseded_at, m.state, m.submitted_at, m.review_comment,
            m.approved_at, m.approved_by_label, m.accepted_at, m.accepted_by_label, m.returned_at,
            m.returned_by_label, p.budget
       from monthly_report m join project p on p.id = m.project_id where m.project_id = $1
      order by m.period desc, m.superseded_at desc nulls first, m.id desc`,
    [projectId],
  );
  return rows;
}

function toView(r: ReportRow): MonthlyReportView {
  return {
    id: r.id,
    period: formatPeriod(periodFromKey(r.period)),
    status: r.status,
    percent: r.percent,
    kpiActual: r.kpi_actual,
    spent: r.spent,
    problems: r.problems,
    nextSteps: r.next_steps,
    source: r.source,
    state: r.state,
    submittedAt: iso(r.submitted_at),
    approvedAt: iso(r.approved_at),
    approvedBy: r.approved_by_label,
    acceptedAt: iso(r.accepted_at),
    acceptedBy: r.accepted_by_label,
    returnedAt: iso(r.returned_at),
    returnedBy: r.returned_by_label,
    reviewComment: r.review_comment,
    reportedBy: r.reported_by_label,
    reportedAt: new Date(r.reported_at).toISOString(),
    supersededAt: r.superseded_at ? new Date(r.superseded_at).toISOString() : null,
    overBudget: checkSpentAgainstBudget(r.spent, r.budget).over,
  };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
