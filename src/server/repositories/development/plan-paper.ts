/**
 * What the plan paper needs beyond the consolidated plan (plan-view.ts): the HRD plan's name and the split by
 * activity type, counted projects only (./counted.ts). One query.
 */
import type { Queryable } from '../../db/database';
import { COUNTED_PROJECT } from './counted';
import type { SummaryTotals } from './summary';

export type ActivityType = 'training' | 'meeting' | 'seminar' | 'study_visit';

export interface PlanPaperExtras {
  hrdPlanName: string;
  activities: (SummaryTotals & { activity: ActivityType })[];
}

export async function planPaperExtras(db: Queryable, fiscalYear: number): Promise<PlanPaperExtras> {
  const { rows } = await db.query<SummaryTotals & { activity: ActivityType; plan_name: string }>(
    `select a.activity, h.name as plan_name, count(p.id)::int as projects,
            coalesce(sum(p.participants), 0)::int as participants,
            coalesce(sum(p.budget), 0)::numeric(18, 2)::text as budget
       from development_year y
       join hrd_plan h on h.id = y.hrd_plan_id
       cross join (values (1, 'training'), (2, 'meeting'), (3, 'seminar'), (4, 'study_visit')) as a (ord, activity)
       left join development_project p on p.fiscal_year = y.fiscal_year and p.activity_type = a.activity
                                      and ${COUNTED_PROJECT}
      where y.fiscal_year = $1
      group by a.ord, a.activity, h.name
      order by a.ord`,
    [fiscalYear],
  );
  return {
    hrdPlanName: rows[0]?.plan_name ?? '',
    activities: rows.map(({ activity, projects, participants, budget }) => ({
      activity,
      projects,
      participants,
      budget,
    })),
  };
}
