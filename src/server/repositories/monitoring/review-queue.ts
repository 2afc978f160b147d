/** Reports waiting for someone (what changed in one: report-changes.ts). */
import { formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../../domain';
import { decideReportAction, REPORT_STATES, type ReportState } from '../../../domain/monitoring';
import { checkSpentAgainstBudget } from '../../../domain/monitoring/budget-check';
import type { ReviewQueueItem } from '../../../shared/api/monitoring/review';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { readableProjectsSql } from '../../policies/monitoring/project-policy';
import { loadMonthWindows } from './reporting-months';
import type { ReviewQueueFilters, ReviewQueueKey } from './review-queue-cursor';

/** The filters as SQL over monthly_report m and project p; the state only when asked (the counts group by it). */
function filterSql(actor: Actor, filters: ReviewQueueFilters, withState: boolean) {
  const scope = readableProjectsSql(actor, 1);
  const params: unknown[] = [...scope.params];
  const where = [scope.sql, 'm.superseded_at is null'];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (withState) add((n) => `m.state = $${n}`, filters.state);
  const period = filters.period ? parsePeriod(filters.period) : null;
  if (period) add((n) => `m.period = $${n}`, periodKey(period));
  if (filters.unit !== null) add((n) => `p.owner_unit_id = $${n}`, filters.unit);
  return { where, params, needsProject: scope.sql !== 'true' || filters.unit !== null };
}

/**
 * One page of the queue in the order (month newest first, agency name — none last —, project code, report
 * id): a seek past `after`, never an OFFSET, so a deep page costs what the first does. `m.period <= $cp`
 * lets the scan of the state's index start at the cursor's month; within that month the rest is a filter.
 */
export async function reviewQueuePage(
  db: Queryable,
  actor: Actor,
  filters: ReviewQueueFilters,
  after: ReviewQueueKey | null,
  limit: number,
): Promise<{ items: ReviewQueueItem[]; last: ReviewQueueKey | null; more: boolean }> {
  const { where, params } = filterSql(actor, filters, true);
  const param = (value: unknown) => `$${params.push(value)}`;
  if (after) {
    const [cp, cc, ci] = [param(after.period), param(after.projectCode), param(after.id)];
    const rest = `(p.code, m.id) > (${cc}::text, ${ci}::int)`;
    const cn = after.unitName === null ? null : param(after.unitName);
    const inMonth =
      cn === null
        ? `(u.name is null and ${rest})`
        : `(u.name > ${cn}::text or u.name is null or (u.name = ${cn}::text and ${rest}))`;
    where.push(`m.period <= ${cp}::int and (m.period < ${cp}::int or ${inMonth})`);
  }
  const limitParam = param(limit + 1); // one more than asked: whether there is a next page, without counting
  const { rows } = await db.query<Row>(
    `select m.id, p.id as project_id, p.code, p.name, p.owner_unit_id as unit_id, u.name as unit_name, m.period,
            m.status, m.percent, m.state, m.submitted_at, m.reported_by_label, m.review_comment, m.spent, p.budget
       from monthly_report m join project p on p.id = m.project_id left join org_unit u on u.id = p.owner_unit_id
      where ${where.join(' and ')}
      order by m.period desc, u.name asc nulls last, p.code, m.id
      limit ${limitParam}`,
    params,
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const lastRow = page.at(-1);
  const windowOf = await loadMonthWindows(db);
  return {
    items: page.map((r) => toItem(actor, r, windowOf)),
    last: lastRow
      ? { period: lastRow.period, unitName: lastRow.unit_name, projectCode: lastRow.code, id: lastRow.id }
      : null,
    more,
  };
}

/** Reports in each state under the filters but the state itself: one pass, grouped. */
export async function reviewQueueCounts(
  db: Queryable,
  actor: Actor,
  filters: ReviewQueueFilters,
): Promise<Record<ReportState, number>> {
  const { where, params, needsProject } = filterSql(actor, filters, false);
  // Every report has its project (a foreign key), so without a condition on the project the join only
  // costs time: PostgreSQL does not drop an inner join by itself.
  const from = needsProject ? 'monthly_report m join project p on p.id = m.project_id' : 'monthly_report m';
  const { rows } = await db.query<{ state: ReportState; n: number }>(
    `select m.state, count(*)::int as n from ${from} where ${where.join(' and ')} group by m.state`,
    params,
  );
  const counts = Object.fromEntries(REPORT_STATES.map((s) => [s, 0])) as Record<ReportState, number>;
  for (const r of rows) counts[r.state] = Number(r.n);
  return counts;
}

interface Row {
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
  spent: string | null;
  budget: string | null;
}

function toItem(
  actor: Actor,
  r: Row,
  windowOf: Awaited<ReturnType<typeof loadMonthWindows>>,
): ReviewQueueItem {
  const facts = {
    role: actor.role,
    ownUnit: actor.unitId !== null && actor.unitId === r.unit_id,
    state: r.state,
    month: windowOf(r.period, r.unit_id),
  };
  return {
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
    overBudget: checkSpentAgainstBudget(r.spent, r.budget).over,
    abilities: {
      approve: decideReportAction({ ...facts, action: 'approve' }).ok,
      accept: decideReportAction({ ...facts, action: 'accept' }).ok,
      return: decideReportAction({ ...facts, action: 'return' }).ok,
    },
  };
}
