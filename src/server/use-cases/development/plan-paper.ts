/**
 * The year's development plan paper (DOCX, XLSX): the consolidated plan of every agency, as the institute
 * proposes it to the Permanent Secretary. Who may: admin, the institute (BHRDI's focal points and approvers)
 * and the committee (viewer) — the whole plan, no agency scope: the paper is one BMA-wide memo, and an
 * agency reads its own projects on its submission page. Another agency's focal point or approver and staff:
 * 403. A year not opened: 404 (developmentSummary).
 */
import { bahtNumber, satangOf } from '../../../domain/development';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden } from '../../errors';
import { buildPlanPaper, type PlanPaper } from '../../papers/development/content';
import type { PlanFigures } from '../../papers/development/plan-xlsx';
import { isInstitute } from '../../policies/development/cycle-policy';
import { planPaperExtras } from '../../repositories/development/plan-paper';
import { actorUnitCode } from './cycle-common';
import { developmentPlanView } from './plan-view';

export async function planPaper(
  db: Queryable,
  actor: Actor,
  fiscalYear: number,
): Promise<{ paper: PlanPaper; figures: PlanFigures }> {
  if (actor.role !== 'viewer' && !isInstitute(actor, await actorUnitCode(db, actor))) throw forbidden();
  const plan = await developmentPlanView(db, actor, fiscalYear);
  const extras = await planPaperExtras(db, fiscalYear);
  const paper = buildPlanPaper({
    plan,
    hrdPlanName: extras.hrdPlanName,
    activities: extras.activities.map((a) => ({
      activity: a.activity,
      projects: a.projects,
      participants: a.participants,
      budget: bahtNumber(satangOf(a.budget) ?? 0n),
    })),
  });
  return {
    paper,
    figures: {
      projects: plan.projects,
      participants: plan.participants,
      budget: plan.budget,
      budgetText: plan.budgetText,
      salaryBudget: plan.salaryBudget,
      budgetPctOfSalary: plan.budgetPctOfSalary,
    },
  };
}
