/** What adding, editing and deleting a project of an agency's submission share: the state check, the fields. */
import { canEditProjects, editRefusal } from '../../../domain/development';
import type { ProjectInput } from '../../../shared/api/development';
import type { Queryable } from '../../db/database';
import { conflict, invalidInput } from '../../errors';
import { strategyIdOf, type ProjectFields, type ProjectRow } from '../../repositories/development/projects';
import { ensureSubmission } from '../../repositories/development/submissions';

export const PROJECT = { th: 'โครงการนี้', en: 'This project' };

/** Locks the unit's submission (a draft is created on the first project) and refuses a submitted/accepted one. */
export async function openSubmissionForEdit(tx: Queryable, fiscalYear: number, unitId: number) {
  const submission = await ensureSubmission(tx, fiscalYear, unitId);
  if (!canEditProjects(submission.state)) {
    const r = editRefusal(submission.state);
    throw conflict({ th: r.th, en: r.en });
  }
  return submission;
}

export async function projectFields(
  tx: Queryable,
  fiscalYear: number,
  input: ProjectInput,
): Promise<ProjectFields> {
  const strategyId = await strategyIdOf(tx, fiscalYear, input.strategyNo);
  const issues = [];
  if (strategyId === null)
    issues.push({
      field: 'strategyNo',
      th: `ไม่มียุทธศาสตร์ที่ ${input.strategyNo} ในแผนพัฒนาทรัพยากรบุคคลของปีนี้`,
      en: `the year's HRD plan has no strategy ${input.strategyNo}`,
    });
  if (input.startDate && input.endDate && input.endDate < input.startDate)
    issues.push({
      field: 'endDate',
      th: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น',
      en: 'the end date is before the start date',
    });
  if (input.budgetSource === 'none' && Number(input.budget) !== 0)
    issues.push({
      field: 'budget',
      th: 'โครงการที่ไม่ใช้งบประมาณต้องมีงบประมาณ 0 บาท',
      en: 'a project without a budget source has a budget of 0',
    });
  if (issues.length > 0) throw invalidInput(issues);
  return {
    projectCode: input.projectCode,
    projectName: input.projectName,
    strategyId: strategyId!,
    activityType: input.activityType,
    participants: input.participants,
    budget: input.budget,
    budgetSource: input.budgetSource,
    targetGroup: input.targetGroup ?? null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    days: input.days ?? null,
    digital: input.digital,
  };
}

export const codeTaken = (fiscalYear: number, code: string) =>
  conflict({
    th: `ปีงบประมาณ ${fiscalYear} มีโครงการรหัส ${code} อยู่แล้ว`,
    en: `Fiscal year ${fiscalYear} already has a project coded ${code}`,
  });

/** The audited picture of a project (snake_case columns, the strategy by its number). */
export const auditedProject = (p: ProjectFields & { strategyNo: string }) => ({
  project_code: p.projectCode,
  project_name: p.projectName,
  hrd_strategy: p.strategyNo,
  activity_type: p.activityType,
  participants: p.participants,
  budget: p.budget,
  budget_source: p.budgetSource,
  target_group: p.targetGroup,
  start_date: p.startDate,
  end_date: p.endDate,
  days: p.days,
  digital: p.digital,
});

export const auditedRow = (p: ProjectRow) => ({
  project_code: p.project_code,
  project_name: p.project_name,
  hrd_strategy: p.strategy_no,
  activity_type: p.activity_type,
  participants: p.participants,
  budget: p.budget,
  budget_source: p.budget_source,
  target_group: p.target_group,
  start_date: p.start_date,
  end_date: p.end_date,
  days: p.days === null ? null : Number(p.days),
  digital: p.digital,
});
