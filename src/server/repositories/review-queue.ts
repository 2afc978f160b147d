/** Reports waiting for someone, and what changed since a report was last accepted. */
import {
  decideReportAction,
  formatPeriod,
  parsePeriod,
  periodFromKey,
  periodKey,
  type ReportState,
} from '../../domain';
import type { ReviewQueueItem } from '../../shared/api/review';
import type { Actor } from '../actor';
import type { Queryable } from '../db/database';
import { forbidden, notFound } from '../errors';
import { projectAbilities, readableProjectsSql } from '../policies/project-policy';
import { loadMonthWindows } from './reporting-months';

export async function reviewQueue(
  db: Queryable,
  actor: Actor,
  query: { state?: ReportState | undefined; period?: string | undefined; unit?: number | undefined },
): Promise<ReviewQueueItem[]> {
  const scope = readableProjectsSql(actor, 1);
  const params: unknown[] = [...scope.params];
  const where = [scope.sql, 'm.superseded_at is null'];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  add((n) => `m.state = $${n}`, query.state ?? defaultState(actor));
  const period = query.period ? parsePeriod(query.period) : null;
  if (period) add((n) => `m.period = $${n}`, periodKey(period));
  if (query.unit) add((n) => `p.owner_unit_id = $${n}`, query.unit);
  const { rows } = await db.query<{
    id: number;
    project_id: number;
    code: string;
    name: string;
    unit_id: number | null;
    unit_name: string | null;
    period: number;
    status: ReviewQueueItem['status'];
    percent: string | null;
    state: ReportState;
    submitted_at: Date | null;
    reported_by_label: string;
    review_comment: string | null;
  }>(
    `select m.id, p.id as project_id, p.code, p.name, p.owner_unit_id as unit_id, u.name as unit_name, m.period,
            m.status, m.percent, m.state, m.submitted_at, m.reported_by_label, m.review_comment
       from monthly_report m join project p on p.id = m.project_id left join org_unit u on u.id = p.owner_unit_id
      where ${where.join(' and ')}
      order by m.period desc, u.name, p.code limit 1000`,
    params,
  );
  const windowOf = await loadMonthWindows(db);
  const items: ReviewQueueItem[] = [];
  for (const r of rows) {
    const facts = {
      role: actor.role,
      ownUnit: actor.unitId !== null && actor.unitId === r.unit_id,
      state: r.state,
      month: windowOf(r.period, r.unit_id),
    };
    items.push({
      id: r.id,
      projectId: r.project_id,
      projectCode: r.code,
      projectName: r.name,
      unit: r.unit_id === null ? null : { id: r.unit_id, name: r.unit_name! },
      period: formatPeriod(periodFromKey(r.period)),
      status: r.status,
      percent: r.percent,
      state: r.state,
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
      reportedBy: r.reported_by_label,
      reviewComment: r.review_comment,
      abilities: {
        approve: decideReportAction({ ...facts, action: 'approve' }).ok,
        accept: decideReportAction({ ...facts, action: 'accept' }).ok,
        return: decideReportAction({ ...facts, action: 'return' }).ok,
      },
    });
  }
  return items;
}

/** What a reviewer waits for by default: approvers the submitted, the centre the approved. */
function defaultState(actor: Actor): ReportState {
  if (actor.role === 'admin') return 'approved';
  if (actor.role === 'focal_point') return 'returned';
  return 'submitted';
}

const COMPARED = ['status', 'percent', 'kpi_actual', 'spent', 'problems', 'next_steps'] as const;

export async function reportChanges(db: Queryable, actor: Actor, id: number) {
  const { rows } = await db.query<
    Record<(typeof COMPARED)[number], string | null> & {
      project_id: number;
      period: number;
      owner_unit_id: number | null;
    }
  >(
    `select m.project_id, m.period, p.owner_unit_id, ${COMPARED.map((c) => `m.${c}`).join(', ')}
       from monthly_report m join project p on p.id = m.project_id where m.id = $1`,
    [id],
  );
  const report = rows[0];
  if (!report) throw notFound({ th: 'รายงานนี้', en: 'This report' });
  if (!projectAbilities(actor, { ownerUnitId: report.owner_unit_id }).read) throw forbidden();
  const { rows: accepted } = await db.query<
    Record<(typeof COMPARED)[number], string | null> & { id: number; accepted_at: Date }
  >(
    `select id, accepted_at, ${COMPARED.join(', ')} from monthly_report
      where project_id = $1 and period = $2 and accepted_at is not null and id <> $3
      order by accepted_at desc limit 1`,
    [report.project_id, report.period, id],
  );
  const base = accepted[0];
  return {
    since: base ? { id: base.id, acceptedAt: new Date(base.accepted_at).toISOString() } : null,
    fields: COMPARED.filter((c) => (base?.[c] ?? null) !== report[c]).map((c) => ({
      field: c,
      before: base?.[c] ?? null,
      after: report[c],
    })),
  };
}
