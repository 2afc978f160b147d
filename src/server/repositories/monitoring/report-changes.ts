/**
 * What a report changed: since its month's last accepted version (a correction after a return), and since
 * last month's accepted report (issue 14, item 7: the reviewer's month-on-month view, field by field), with
 * the budget flag. Two queries whatever the report: the report with its project, then both accepted bases.
 */
import { addMonths, formatPeriod, periodFromKey, periodKey } from '../../../domain';
import { checkSpentAgainstBudget } from '../../../domain/monitoring/budget-check';
import type { ReportChanges } from '../../../shared/api/monitoring/review';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { projectAbilities } from '../../policies/monitoring/project-policy';

const COMPARED = ['status', 'percent', 'kpi_actual', 'spent', 'problems', 'next_steps'] as const;
type Values = Record<(typeof COMPARED)[number], string | null>;

export async function reportChanges(db: Queryable, actor: Actor, id: number): Promise<ReportChanges> {
  const { rows } = await db.query<
    Values & { project_id: number; period: number; owner_unit_id: number | null; budget: string | null }
  >(
    `select m.project_id, m.period, p.owner_unit_id, p.budget, ${COMPARED.map((c) => `m.${c}`).join(', ')}
       from monthly_report m join project p on p.id = m.project_id where m.id = $1`,
    [id],
  );
  const report = rows[0];
  if (!report) throw notFound({ th: 'รายงานนี้', en: 'This report' });
  if (!projectAbilities(actor, { ownerUnitId: report.owner_unit_id }).read) throw forbidden();
  const previous = periodKey(addMonths(periodFromKey(report.period), -1));
  // The same month's last accepted other version, and last month's last accepted version: one query.
  const { rows: accepted } = await db.query<Values & { id: number; period: number; accepted_at: Date }>(
    `select distinct on (period) id, period, accepted_at, ${COMPARED.join(', ')} from monthly_report
      where project_id = $1 and period in ($2, $3) and accepted_at is not null
        and not (period = $2 and id = $4)
      order by period, accepted_at desc, id desc`,
    [report.project_id, report.period, previous, id],
  );
  const base = accepted.find((r) => r.period === report.period);
  const lastMonth = accepted.find((r) => r.period === previous);
  const budget = checkSpentAgainstBudget(report.spent, report.budget);
  return {
    since: base ? { id: base.id, acceptedAt: new Date(base.accepted_at).toISOString() } : null,
    fields: COMPARED.filter((c) => (base?.[c] ?? null) !== report[c]).map((c) => ({
      field: c,
      before: base?.[c] ?? null,
      after: report[c],
    })),
    lastMonth: lastMonth
      ? {
          id: lastMonth.id,
          period: formatPeriod(periodFromKey(lastMonth.period)),
          acceptedAt: new Date(lastMonth.accepted_at).toISOString(),
        }
      : null,
    fromLastMonth: COMPARED.map((c) => {
      const before = lastMonth?.[c] ?? null;
      return { field: c, before, after: report[c], changed: before !== report[c] };
    }),
    budget: report.budget,
    overBudget: budget.over,
    overBy: budget.excess,
  };
}
