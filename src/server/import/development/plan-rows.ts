/** One row of the development plan file (formats.md) → a project to stage; issues go to the reader. */
import type { RowReader } from '../row-reader';
import { codeCell, yesNoCell } from '../workforce/index';

export const ACTIVITY_TYPES = {
  training: 'การฝึกอบรม',
  meeting: 'การประชุมเชิงวิชาการหรือเชิงปฏิบัติการ',
  seminar: 'การสัมมนาเชิงวิชาการหรือเชิงปฏิบัติการ',
  study_visit: 'การดูงาน',
} as const;
export const BUDGET_SOURCES = {
  ordinance: 'ข้อบัญญัติงบประมาณรายจ่ายประจำปี',
  other: 'งบประมาณอื่น',
  none: 'ไม่ใช้งบประมาณ',
} as const;

/** A code, or its Thai name (spaces and case ignored). */
export function codeParser<C extends string>(names: Record<C, string>): (raw: string) => C | null {
  const norm = (t: string) => t.normalize('NFC').replace(/\s+/g, '').toLowerCase();
  const byText = new Map<string, C>();
  for (const [code, th] of Object.entries(names) as [C, string][]) {
    byText.set(norm(code), code);
    byText.set(norm(th), code);
  }
  return (raw) => byText.get(norm(raw)) ?? null;
}

export interface PlanLine {
  row: number;
  fiscalYear: number;
  hrdPlan: string;
  hrdPlanName: string;
  strategyNo: string;
  strategyName: string;
  unitId: number;
  projectCode: string;
  projectName: string;
  activityType: string;
  participants: number;
  budget: string;
  budgetSource: string;
  targetGroup: string | null;
  startDate: string | null;
  endDate: string | null;
  days: string | null;
  digital: boolean;
}

const activityOf = codeParser(ACTIVITY_TYPES);
const sourceOf = codeParser(BUDGET_SOURCES);

export function readPlanLine(
  reader: RowReader,
  resolveUnit: (text: string) => number | null,
  ownUnit: number | null,
): PlanLine | null {
  const fiscalYear = reader.year('fiscal_year');
  const hrdPlan = reader.required('hrd_plan', 40);
  const hrdPlanName = reader.required('hrd_plan_name', 500);
  const strategyNo = reader.required('hrd_strategy', 20);
  const strategyName = reader.required('hrd_strategy_name', 1000);
  const unitText = reader.required('unit', 500);
  let unitId: number | null = null;
  if (unitText !== '') {
    unitId = resolveUnit(unitText);
    if (unitId === null)
      reader.issue(
        'unit',
        `no unit "${unitText}": give a unit's code or name as on the units page`,
        `ไม่พบหน่วยงาน "${unitText}": ใช้รหัสหรือชื่อหน่วยงานตามหน้าหน่วยงาน`,
      );
    else if (ownUnit !== null && unitId !== ownUnit)
      reader.issue(
        'unit',
        'an agency imports only its own projects',
        'หน่วยงานนำเข้าได้เฉพาะโครงการของหน่วยงานตนเอง',
      );
  }
  const projectCode = reader.required('project_code', 40);
  const projectName = reader.required('project_name', 1000);
  const activityType = codeCell(reader, 'activity_type', activityOf, ACTIVITY_TYPES, true);
  const participants =
    reader.text('participants') === ''
      ? null
      : reader.decimal('participants', { min: 0, max: 10_000_000, decimals: 0 });
  if (reader.text('participants') === '') reader.issue('participants', 'is required', 'ต้องกรอก');
  const budget = reader.decimal('budget', { min: 0, decimals: 2 }) ?? '0';
  const budgetSource = codeCell(reader, 'budget_source', sourceOf, BUDGET_SOURCES, true);
  const targetGroup = reader.optional('target_group', 1000);
  const startDate = reader.date('start_date');
  const endDate = reader.date('end_date');
  if (startDate && endDate && endDate < startDate)
    reader.issue('end_date', 'ends before it starts', 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น');
  const days = reader.decimal('days', { min: 0, max: 366, decimals: 1 });
  const digital = yesNoCell(reader, 'digital') ?? false;
  if (!fiscalYear || unitId === null || !activityType || participants === null || !budgetSource) return null;
  return {
    row: reader.row,
    fiscalYear,
    hrdPlan,
    hrdPlanName,
    strategyNo,
    strategyName,
    unitId,
    projectCode,
    projectName,
    activityType,
    participants: Number(participants),
    budget,
    budgetSource,
    targetGroup,
    startDate,
    endDate,
    days,
    digital,
  };
}
