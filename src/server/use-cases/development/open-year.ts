/** The institute opens a fiscal year's cycle: form name, submission deadline, the HRD plan it classifies against. */
import type { YearOpen, YearView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { conflict, invalidInput } from '../../errors';
import { requireInstitute } from '../../policies/development/cycle-policy';
import { recordAudit } from '../../repositories/audit';
import { hrdPlanIdOf, insertYear } from '../../repositories/development/years';
import { actorUnitCode, requireYear, toYearView } from './cycle-common';

export async function openYear(db: Database, actor: Actor, input: YearOpen): Promise<YearView> {
  requireInstitute(actor, await actorUnitCode(db, actor));
  return db.transaction(async (tx) => {
    const hrdPlanId = await hrdPlanIdOf(tx, input.hrdPlan);
    if (hrdPlanId === null)
      throw invalidInput([
        {
          field: 'hrdPlan',
          th: `ไม่พบแผนพัฒนาทรัพยากรบุคคล ${input.hrdPlan}`,
          en: `no HRD plan ${input.hrdPlan}`,
        },
      ]);
    const fields = {
      fiscalYear: input.fiscalYear,
      hrdPlanId,
      formName: input.formName,
      deadline: input.submissionDeadline,
      salaryBudget: input.salaryBudget ?? null,
    };
    if (!(await insertYear(tx, fields)))
      throw conflict({
        th: `ปีงบประมาณ ${input.fiscalYear} เปิดรับแผนพัฒนาไว้แล้ว`,
        en: `Fiscal year ${input.fiscalYear} is already open`,
      });
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'development_year',
      entityId: input.fiscalYear,
      after: {
        fiscal_year: input.fiscalYear,
        hrd_plan: input.hrdPlan,
        form_name: input.formName,
        submission_deadline: input.submissionDeadline,
        salary_budget: fields.salaryBudget,
      },
    });
    return toYearView(await requireYear(tx, input.fiscalYear));
  });
}
