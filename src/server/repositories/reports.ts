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
  // One statement: insert the new versions, link each replaced version to its successor, and write one
  // audit row per report (before: the replaced version, after: the new one) from the rows just written —
  // never reading the table's history back (a 30,000-row file is as many rows, not a scan per step).
  const { rows: inserted } = await tx.query<{ id: number; project_id: number; period: number }>(
    `with ins as (
       insert into monthly_report (project_id, period, status, percent, kpi_actual, spent, problems, next_steps,
                                   source, reported_by, reported_by_label, state, submitted_at, accepted_at,
                                   accepted_by_label)
       select n.*, $9, $10, $11, $12::text,
              case when $12::text in ('submitted', 'approved', 'accepted') then now() end,
              case when $12::text = 'accepted' then now() end,
              case when $12::text = 'accepted' then $11 end
         from unnest($1::int[], $2::int[], $3::text[], $4::numeric[], $5::numeric[], $6::numeric[], $7::text[], $8::text[])
           as n(project_id, period, status, percent, kpi_actual, spent, problems, next_steps)
       returning *
     ),
     linked as (
       update monthly_report old set superseded_by = ins.id
         from ins
        where old.id = any($13::int[]) and old.project_id = ins.project_id and old.period = ins.period
       returning old.*
     ),
     audited as (
       insert into audit_event (actor_user_id, actor_label, action, entity, entity_id, before, after)
       select $10, $11, 'submit', 'monthly_report', ins.id::text,
              case when linked.id is null then null
                   else to_jsonb(linked) - 'superseded_at' - 'superseded_by' end,
              to_jsonb(ins)
         from ins left join linked on linked.superseded_by = ins.id
     )
     select id, project_id, period from ins`,
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
      replaced.map((r) => r.id),
    ],
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
