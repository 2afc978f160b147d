/** The consolidated plan for the web: the summary plus the split by agency group and the coverage matrix. */
import { bahtNumber, satangOf } from '../../../domain/development';
import type { DevelopmentSummaryView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden } from '../../errors';
import { coverageRows, groupRows } from '../../repositories/development/days';
import { keptDevelopmentFigure } from './kept-figures';
import { developmentSummary } from './summary';

export async function developmentPlanView(
  db: Queryable,
  actor: Actor,
  fiscalYear: number,
): Promise<DevelopmentSummaryView> {
  if (actor.role === 'staff') throw forbidden();
  // The same answer for every reader who may see it: kept per data version (decision 0027). A year not
  // opened throws (404) and nothing is kept.
  return keptDevelopmentFigure(db, ['plan-view', fiscalYear], () => computePlanView(db, fiscalYear));
}

async function computePlanView(db: Queryable, fiscalYear: number): Promise<DevelopmentSummaryView> {
  const summary = await developmentSummary(db, fiscalYear);
  const [groups, cells] = await Promise.all([groupRows(db, fiscalYear), coverageRows(db, fiscalYear)]);
  const nos = summary.strategies.map((s) => s.no);
  const agencies = new Map<number, DevelopmentSummaryView['coverage']['agencies'][number]>();
  for (const c of cells) {
    let a = agencies.get(c.unit_id);
    if (!a) {
      a = { unitId: c.unit_id, unitName: c.unit_name, unitKind: c.unit_kind, projects: nos.map(() => 0) };
      agencies.set(c.unit_id, a);
    }
    const i = nos.indexOf(c.strategy_no);
    if (i >= 0) a.projects[i] = c.projects;
  }
  const list = [...agencies.values()];
  return {
    ...summary,
    agencyGroups: groups.map((g) => ({
      group: g.grp,
      projects: g.projects,
      participants: g.participants,
      budget: bahtNumber(satangOf(g.budget) ?? 0n),
    })),
    coverage: {
      agencies: list,
      strategies: nos.map((no, i) => {
        const n = list.filter((a) => a.projects[i]! > 0).length;
        return { no, agencies: n, weak: n * 2 < list.length };
      }),
    },
  };
}
