/**
 * Writes the report histories: every version of every monthly report (superseded ones linked to what
 * replaced them), the problems register, and their audit rows — derived in SQL from the rows written,
 * as the app would have recorded each saving and review step.
 */
import type { Queryable } from '../db/database';
import { stamp } from './calendar';
import { insertRows, type Column } from './insert-rows';
import type { History, ReportRow } from './report-histories';

export async function writeHistories(
  tx: Queryable,
  history: History,
  refs: {
    projectId: readonly number[];
    unitId: ReadonlyMap<string, number>;
    userId: ReadonlyMap<string, number>;
  },
  /** who the problems' audit rows name */
  generatorLabel: string,
): Promise<void> {
  const { projectId, unitId, userId } = refs;
  // Monthly reports: superseded versions first (older ids), then the current ones, then the links
  const rs = history.reports;
  const reportColumns = (rows: ReportRow[]): Column[] => [
    ['project_id', 'int', rows.map((r) => projectId[r.projectIndex])],
    ['period', 'int', rows.map((r) => r.period)],
    ['status', 'text', rows.map((r) => r.status)],
    ['percent', 'numeric', rows.map((r) => r.percent)],
    ['kpi_actual', 'numeric', rows.map((r) => r.kpiActual)],
    ['spent', 'numeric', rows.map((r) => r.spent)],
    ['problems', 'text', rows.map((r) => r.problems)],
    ['next_steps', 'text', rows.map((r) => r.nextSteps)],
    ['source', 'text', rows.map((r) => r.source)],
    ['reported_by', 'int', rows.map((r) => userId.get(r.reportedBy))],
    ['reported_by_label', 'text', rows.map((r) => r.reportedBy)],
    ['reported_at', 'timestamptz', rows.map((r) => stamp(r.reportedAt))],
    ['superseded_at', 'timestamptz', rows.map((r) => stamp(r.supersededAt))],
    ['state', 'text', rows.map((r) => r.state)],
    ['submitted_at', 'timestamptz', rows.map((r) => stamp(r.submittedAt))],
    ['approved_at', 'timestamptz', rows.map((r) => stamp(r.approvedAt))],
    ['approved_by_label', 'text', rows.map((r) => r.approvedBy)],
    ['accepted_at', 'timestamptz', rows.map((r) => stamp(r.acceptedAt))],
    ['accepted_by_label', 'text', rows.map((r) => r.acceptedBy)],
    ['returned_at', 'timestamptz', rows.map((r) => stamp(r.returnedAt))],
    ['returned_by_label', 'text', rows.map((r) => r.returnedBy)],
    ['review_comment', 'text', rows.map((r) => r.reviewComment)],
  ];
  await insertRows(tx, 'monthly_report', reportColumns(rs.filter((r) => r.supersededAt !== null)));
  await insertRows(tx, 'monthly_report', reportColumns(rs.filter((r) => r.supersededAt === null)));
  const ids = [...projectId];
  if (rs.length > 0) {
    await tx.query(
      `update monthly_report old set superseded_by = cur.id
         from monthly_report cur
        where old.project_id = any($1::int[]) and old.superseded_at is not null
          and cur.project_id = old.project_id and cur.period = old.period and cur.superseded_at is null`,
      [ids],
    );
    // Audit: every version's saving (before: the version it replaced), then every review step.
    await tx.query(
      `insert into audit_event (at, actor_user_id, actor_label, action, entity, entity_id, before, after)
       select m.reported_at, m.reported_by, m.reported_by_label, 'submit', 'monthly_report', m.id::text,
              case when old.id is null then null else to_jsonb(old) - 'superseded_at' - 'superseded_by' end,
              to_jsonb(m) - 'superseded_at' - 'superseded_by'
         from monthly_report m left join monthly_report old on old.superseded_by = m.id
        where m.project_id = any($1::int[])
        order by m.id`,
      [ids],
    );
    await tx.query(
      `insert into audit_event (at, actor_user_id, actor_label, action, entity, entity_id, before, after)
       select s.at, u.id, s.label, 'update', 'monthly_report', s.id::text,
              jsonb_build_object('state', s.before_state, 'review_comment', s.before_comment),
              jsonb_build_object('state', s.after_state, 'review_comment', s.after_comment, 'review_action', s.action)
         from (select m.id, m.approved_at as at, m.approved_by_label as label, 'approve' as action,
                      'submitted' as before_state, 'approved' as after_state,
                      null::text as before_comment, null::text as after_comment
                 from monthly_report m where m.project_id = any($1::int[]) and m.approved_at is not null
               union all
               select m.id, m.accepted_at, m.accepted_by_label, 'accept', 'approved', 'accepted', null, null
                 from monthly_report m where m.project_id = any($1::int[]) and m.accepted_at is not null
               union all
               select m.id, m.returned_at, m.returned_by_label, 'return',
                      case when m.approved_at is null then 'submitted' else 'approved' end, 'returned',
                      null, m.review_comment
                 from monthly_report m where m.project_id = any($1::int[]) and m.returned_at is not null) s
         left join app_user u on u.username = s.label
        order by s.at, s.id`,
      [ids],
    );
  }
  // The problems register, as the reports opened it and the centre classified it
  const pr = history.problems;
  const problemRows = await insertRows<{ id: number }>(
    tx,
    'problem',
    [
      ['project_id', 'int', pr.map((p) => projectId[p.projectIndex])],
      ['period', 'int', pr.map((p) => p.period)],
      ['description', 'text', pr.map((p) => p.description)],
      ['category', 'text', pr.map((p) => p.category)],
      ['severity', 'text', pr.map((p) => p.severity)],
      ['action_unit_id', 'int', pr.map((p) => (p.actionUnitCode ? unitId.get(p.actionUnitCode) : null))],
      ['action_by', 'text', pr.map((p) => p.actionBy)],
      ['due_date', 'date', pr.map((p) => p.dueDate)],
      ['status', 'text', pr.map((p) => p.status)],
      ['resolution', 'text', pr.map((p) => p.resolution)],
      ['created_at', 'timestamptz', pr.map((p) => stamp(p.at))],
      ['updated_at', 'timestamptz', pr.map((p) => stamp(p.at))],
    ],
    'id',
  );
  if (problemRows.length > 0)
    await tx.query(
      `insert into audit_event (at, actor_user_id, actor_label, action, entity, entity_id, before, after)
       select p.created_at, null, $2::text, 'create', 'problem', p.id::text, null, to_jsonb(p)
         from problem p where p.project_id = any($1::int[]) order by p.id`,
      [ids, generatorLabel],
    );
}
