/** The progress summary of formats.md for a plan as of a month: one query, then the pure domain. */
import { fiscalYearOfPeriod, formatPeriod, parsePeriod, periodKey } from '../../../domain';
import {
  levelScaleProblems,
  progressSummary,
  type LevelScale,
  type SummaryBasis,
  COUNTED_STATES,
  type ProjectStatus,
} from '../../../domain/monitoring';
import type { SummaryResponse } from '../../../shared/api/monitoring/summary';
import type { Queryable } from '../../db/database';
import { invalidInput, notFound } from '../../errors';

export async function getProgressSummary(
  db: Queryable,
  query: {
    planCode: string;
    asOf: string;
    fiscalYear?: number | undefined;
    basis?: SummaryBasis | undefined;
  },
): Promise<SummaryResponse> {
  const asOf = parsePeriod(query.asOf);
  if (!asOf) {
    throw invalidInput([
      {
        field: 'asOf',
        en: `"${query.asOf}" is not a month like 2566-05`,
        th: `"${query.asOf}" ไม่ใช่เดือน เช่น 2566-05`,
      },
    ]);
  }
  const fiscalYear = query.fiscalYear ?? fiscalYearOfPeriod(asOf);
  const basis = query.basis ?? 'submitted';
  // Two statements (there were three): the plan with its targets, then every counted project with its
  // latest report — one index probe per project, never a scan of history. One after the other: `db` may be
  // a transaction's single connection, which must not be given two queries at once.
  const { rows: plans } = await db.query<{
    id: number;
    code: string;
    name: string;
    level_scale: LevelScale | null;
    targets: { no: string; name: string }[];
  }>(
    `select plan.id, plan.code, plan.name, plan.level_scale,
              coalesce((select json_agg(json_build_object('no', t.no, 'name', t.name))
                          from strategic_target t where t.plan_id = plan.id), '[]') as targets
         from plan where plan.code = $1`,
    [query.planCode],
  );
  const plan = plans[0];
  if (!plan) throw notFound({ th: `แผน ${query.planCode}`, en: `Plan ${query.planCode}` });
  const { rows: projects } = await db.query<{
    target_no: string;
    fiscal_year_from: number;
    fiscal_year_to: number;
    status: ProjectStatus | null;
  }>(
    `select t.no as target_no, p.fiscal_year_from, p.fiscal_year_to, r.status
         from project p
         join strategy s on s.id = p.strategy_id
         join strategic_target t on t.id = s.target_id
         left join lateral (
           select status from monthly_report m
            where m.project_id = p.id and m.superseded_at is null and m.period <= $2
              and m.state = any($4::text[])
            order by m.period desc limit 1
         ) r on true
        where p.plan_id = $1 and p.fiscal_year_from <= $3 and p.fiscal_year_to >= $3`,
    [plan.id, periodKey(asOf), fiscalYear, COUNTED_STATES[basis]],
  );
  const targets = plan.targets;
  const scale =
    plan.level_scale && levelScaleProblems(plan.level_scale).length === 0 ? plan.level_scale : undefined;
  const summary = progressSummary({
    targets,
    fiscalYear,
    levelScale: scale,
    projects: projects.map((p) => ({
      targetNo: p.target_no,
      fiscalYearFrom: p.fiscal_year_from,
      fiscalYearTo: p.fiscal_year_to,
      latestStatus: p.status,
    })),
  });
  return { plan: plan.code, planName: plan.name, fiscalYear, asOf: formatPeriod(asOf), basis, ...summary };
}
