/**
 * Monthly reports. A new report for a project and month replaces the current one, which stays in
 * history marked superseded. Written set-based (unnest) so a 30,000-row file is a few statements.
 */
import type { Actor } from '../actor';
import type { Queryable } from '../db/database';
import type { ProjectStatus, ReportState } from '../../domain';
import { registerReportProblems } from './problems';

export interface NewReport {
  projectId: number;
  period: number; // BE year × 100 + month
  status: ProjectStatus;
  percent: string | null;
  kpiActual: string | null;
  spent: string | null;
  problems: string | null;
  nextSteps: string | null;
}

export interface WrittenReport {
  id: number;
  projectId: number;
  period: number;
  replacedId: number | null;
}

export async function writeReports(
  tx: Queryable,
  actor: Actor,
  reports: readonly NewReport[],
  source: 'web' | 'import' | 'demo',
  state: ReportState = 'submitted',
): Promise<WrittenReport[]> {
  if (reports.length === 0) return [];
  const col = <K extends keyof NewReport>(k: K) => reports.map((r) => r[k]);
  const { rows: replaced } = await tx.query<{ id: number; project_id: number; period: number }>(
    `update monthly_report m set superseded_at = now()
       from unnest($1::int[], $2::int[]) as n(project_id, period)
      where m.project_id = n.project_id and m.period = n.period and m.superseded_at is null
      returning m.id, m.project_id, m.period`,
    [col('projectId'), col('period')],
  );
  const { rows: inserted } = await tx.query<{ id: number; project_id: number; period: number }>(
    `insert into monthly_report (project_id, period, status, percent, kpi_actual, spent, problems, next_steps,
                                 source, reported_by, reported_by_label, state, submitted_at, accepted_at,
                                 accepted_by_label)
     select n.*, $9, $10, $11, $12::text,
            case when $12::text in ('submitted', 'approved', 'accepted') then now() end,
            case when $12::text = 'accepted' then now() end,
            case when $12::text = 'accepted' then $11 end
       from unnest($1::int[], $2::int[], $3::text[], $4::numeric[], $5::numeric[], $6::numeric[], $7::text[], $8::text[])
         as n(project_id, period, status, percent, kpi_actual, spent, problems, next_steps)
     returning id, project_id, period`,
    [
      col('projectId'),
      col('period'),
      col('status'),
      col('percent'),
      col('kpiActual'),
      col('spent'),
      col('problems'),
      col('nextSteps'),
      source,
      actor.userId,
      actor.label,
      state,
    ],
  );
  if (replaced.length > 0) {
    await tx.query(
      `update monthly_report old set superseded_by = new.id
         from monthly_report new
        where old.id = any($1::int[]) and new.superseded_at is null
          and new.project_id = old.project_id and new.period = old.period`,
      [replaced.map((r) => r.id)],
    );
  }
  // One audit row per report, before (the replaced report) and after, in the same statement set.
  await tx.query(
    `insert into audit_event (actor_user_id, actor_label, action, entity, entity_id, before, after)
     select $2, $3, 'submit', 'monthly_report', new.id::text,
            case when old.id is null then null else to_jsonb(old) - 'superseded_at' - 'superseded_by' end,
            to_jsonb(new)
       from monthly_report new
       left join monthly_report old on old.superseded_by = new.id
      where new.id = any($1::int[])`,
    [inserted.map((r) => r.id), actor.userId, actor.label],
  );
  // The problems text of each new version opens or updates its project-month entry of the register.
  await registerReportProblems(
    tx,
    actor,
    inserted.map((r) => r.id),
  );
  const replacedByKey = new Map(replaced.map((r) => [`${r.project_id}|${r.period}`, r.id]));
  return inserted.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    period: r.period,
    replacedId: replacedByKey.get(`${r.project_id}|${r.period}`) ?? null,
  }));
}
