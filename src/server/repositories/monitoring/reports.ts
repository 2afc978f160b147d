/**
 * Monthly reports. A new report for a project and month replaces the current one, which stays in
 * history marked superseded. Written set-based (unnest) so a 30,000-row file is a few statements.
 */
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import type { ProjectStatus, ReportState } from '../../../domain/monitoring';
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
  // Rows written come back as one row of arrays: decoding 30,000 result rows costs more than the arrays.
  const { rows: replacedRows } = await tx.query<{ ids: number[]; project_ids: number[]; periods: number[] }>(
    `with upd as (
       update monthly_report m set superseded_at = now()
         from unnest($1::int[], $2::int[]) as n(project_id, period)
        where m.project_id = n.project_id and m.period = n.period and m.superseded_at is null
        returning m.id, m.project_id, m.period
     )
     select coalesce(array_agg(id), '{}') as ids, coalesce(array_agg(project_id), '{}') as project_ids,
            coalesce(array_agg(period), '{}') as periods
       from upd`,
    [col('projectId'), col('period')],
  );
  const replaced = zipRows(replacedRows[0]!);
  // One statement: insert the new versions, link each replaced version to its successor, and write one
  // audit row per report (before: the replaced version, after: the new one) from the rows just written —
  // never reading the table's history back (a 30,000-row file is as many rows, not a scan per step).
  const { rows: insertedRows } = await tx.query<{
    ids: number[];
    project_ids: number[];
    periods: number[];
    with_problems: number[];
  }>(
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
     select coalesce(array_agg(id), '{}') as ids, coalesce(array_agg(project_id), '{}') as project_ids,
            coalesce(array_agg(period), '{}') as periods,
            coalesce(array_agg(id) filter (where problems is not null), '{}') as with_problems
       from ins`,
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
  const inserted = zipRows(insertedRows[0]!);
  // The problems text of each new version opens or updates its project-month entry of the register. A
  // version without text leaves the register as it is (registerReportProblems, which applies its own rule
  // to what it is given): only the versions with a text are passed, instead of reading all back.
  await registerReportProblems(tx, actor, insertedRows[0]!.with_problems);
  const replacedByKey = new Map(replaced.map((r) => [`${r.project_id}|${r.period}`, r.id]));
  return inserted.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    period: r.period,
    replacedId: replacedByKey.get(`${r.project_id}|${r.period}`) ?? null,
  }));
}

/** The rows of a statement that returned its columns as arrays (one row), back as rows. */
function zipRows(arrays: { ids: number[]; project_ids: number[]; periods: number[] }) {
  return arrays.ids.map((id, i) => ({ id, project_id: arrays.project_ids[i]!, period: arrays.periods[i]! }));
}
