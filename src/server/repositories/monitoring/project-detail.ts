/** One project with its links and full report history (replaced reports included). */
import { formatPeriod, periodFromKey } from '../../../domain';
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
    listReports(db, id),
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
    reports,
  };
}

export async function listReports(db: Queryable, projectId: number): Promise<MonthlyReportView[]> {
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
  }>(
    `select id, period, status, percent, kpi_actual, spent, problems, next_steps, source, reported_by_label,
            reported_at, superseded_at, state, submitted_at, review_comment,
            approved_at, approved_by_label, accepted_at, accepted_by_label, returned_at, returned_by_label
       from monthly_report where project_id = $1
      order by period desc, superseded_at desc nulls first, id desc`,
    [projectId],
  );
  return rows.map((r) => ({
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
  }));
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
