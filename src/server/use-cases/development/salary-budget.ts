/** `development salary-budget --fiscal-year FY --amount BAHT`: the denominator of budgetPctOfSalary; audited. */
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { AppError, forbidden } from '../../errors';
import { setSalaryBudget } from '../../repositories/development/plan-writes';
import { recordAudit } from '../../repositories/audit';

export async function setDevelopmentSalaryBudget(
  db: Database,
  actor: Actor,
  fiscalYear: number,
  amount: string,
): Promise<void> {
  if (actor.role !== 'admin') throw forbidden();
  if (!/^\d{1,14}(\.\d{1,2})?$/.test(amount) || Number(amount) <= 0)
    throw new AppError(
      'invalid_input',
      { th: 'งบประมาณต้องเป็นจำนวนบาทที่มากกว่า 0', en: 'the amount must be baht above 0' },
      [{ field: 'amount', th: 'ทศนิยมไม่เกิน 2 ตำแหน่ง', en: 'at most 2 decimals' }],
    );
  await db.transaction(async (tx) => {
    const old = await setSalaryBudget(tx, fiscalYear, amount);
    if (!old)
      throw new AppError('not_found', {
        th: `ยังไม่มีแผนพัฒนาของปีงบประมาณ ${fiscalYear}: นำเข้าแผนก่อน`,
        en: `No development plan for fiscal year ${fiscalYear}: import the plan first`,
      });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'development_year',
      entityId: fiscalYear,
      before: { salary_budget: old.before },
      after: { salary_budget: amount },
    });
  });
}
