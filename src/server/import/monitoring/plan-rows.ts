/**
 * The plan file of formats.md, one row per project: parsed and checked across rows without any
 * database access. What needs the database (units, existing projects) is the use case's job.
 */
import { fromThaiDigits } from '../../../domain';
import type { FieldIssue } from '../../../shared/messages';
import { checkColumns, stopsAtHeader, type Table } from '../read-table';
import { monitoringAccepted, PLAN_COLUMNS } from './columns';

export { PLAN_COLUMNS } from './columns';
import { RowReader } from '../row-reader';

export interface ProjectDraft {
  row: number;
  targetNo: string;
  strategyNo: string;
  code: string;
  name: string;
  fiscalYearFrom: number;
  fiscalYearTo: number;
  ownerUnit: string | null;
  startDate: string | null;
  endDate: string | null;
  budget: string | null;
  kpi: string | null;
  kpiUnit: string | null;
  kpiTarget: string | null;
  dependsOn: string[];
  extraTargets: string[];
}

export interface PlanDraft {
  code: string;
  name: string;
  startYear: number;
  endYear: number;
  targets: Map<string, { name: string; valueDelivered: string | null }>;
  /** keyed by `${targetNo}|${strategyNo}` */
  strategies: Map<string, { targetNo: string; no: string; name: string }>;
  projects: ProjectDraft[];
}

/** Numbers of targets and strategies are compared as typed, with Thai digits made Arabic. */
const normNo = (s: string) => fromThaiDigits(s).trim();

export function parsePlanTable(table: Table): { plans: PlanDraft[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = checkColumns(table, PLAN_COLUMNS, monitoringAccepted('plan'));
  if (stopsAtHeader(issues)) return { plans: [], issues };
  if (table.rows.length === 0) {
    return {
      plans: [],
      issues: [{ row: 2, field: 'plan_code', en: 'the file has no rows', th: 'ไฟล์ไม่มีข้อมูล' }],
    };
  }
  const plans = new Map<string, PlanDraft>();
  const firstRow = new Map<string, number>(); // where each plan / target / strategy / project was first given

  const agree = (r: RowReader, key: string, scope: string, expected: string, actual: string) => {
    if (expected !== actual) {
      const at = firstRow.get(scope);
      r.issue(key, `differs from row ${at}: "${expected}"`, `ไม่ตรงกับแถวที่ ${at}: "${expected}"`);
    }
  };

  for (const source of table.rows) {
    const r = new RowReader(source, issues);
    const planCode = r.required('plan_code', 40);
    const planName = r.required('plan_name');
    const startYear = r.year('plan_start_year');
    const endYear = r.year('plan_end_year');
    const targetNo = normNo(r.required('target_no', 10));
    const targetName = r.required('target_name');
    const targetValue = r.multiline('target_value');
    const strategyNo = normNo(r.required('strategy_no', 20));
    const strategyName = r.required('strategy_name');
    const code = r.required('project_code', 40);
    const name = r.required('project_name');
    const years = r.fiscalYears('fiscal_years');
    const draft: ProjectDraft = {
      row: r.row,
      targetNo,
      strategyNo,
      code,
      name,
      fiscalYearFrom: years?.from ?? 0,
      fiscalYearTo: years?.to ?? 0,
      ownerUnit: r.optional('owner_unit', 300),
      startDate: r.date('start_date'),
      endDate: r.date('end_date'),
      budget: r.decimal('budget', { min: 0, decimals: 2 }),
      kpi: r.optional('kpi'),
      kpiUnit: r.optional('kpi_unit', 100),
      kpiTarget: r.decimal('kpi_target', { decimals: 4 }),
      dependsOn: r.list('depends_on'),
      extraTargets: r.list('extra_targets').map(normNo),
    };
    if (planCode === '') continue;

    let plan = plans.get(planCode);
    if (!plan) {
      plan = {
        code: planCode,
        name: planName,
        startYear: startYear ?? 0,
        endYear: endYear ?? 0,
        targets: new Map(),
        strategies: new Map(),
        projects: [],
      };
      plans.set(planCode, plan);
      firstRow.set(`plan|${planCode}`, r.row);
      if (startYear && endYear && startYear > endYear) {
        r.issue('plan_end_year', 'is before plan_start_year', 'อยู่ก่อนปีเริ่มต้นของแผน');
      }
    } else {
      const scope = `plan|${planCode}`;
      // A value the first row got wrong is reported there once; later rows fill it in, not repeat it.
      if (plan.name === '') plan.name = planName;
      else if (planName !== '') agree(r, 'plan_name', scope, plan.name, planName);
      if (!plan.startYear) plan.startYear = startYear ?? 0;
      else if (startYear) agree(r, 'plan_start_year', scope, String(plan.startYear), String(startYear));
      if (!plan.endYear) plan.endYear = endYear ?? 0;
      else if (endYear) agree(r, 'plan_end_year', scope, String(plan.endYear), String(endYear));
    }

    if (targetNo !== '') {
      const scope = `target|${planCode}|${targetNo}`;
      const known = plan.targets.get(targetNo);
      if (!known) {
        plan.targets.set(targetNo, { name: targetName, valueDelivered: targetValue });
        firstRow.set(scope, r.row);
      } else {
        agree(r, 'target_name', scope, known.name, targetName);
        if (targetValue !== null && known.valueDelivered !== null) {
          agree(r, 'target_value', scope, known.valueDelivered, targetValue);
        }
        known.valueDelivered ??= targetValue;
      }
    }
    if (targetNo !== '' && strategyNo !== '') {
      const key = `${targetNo}|${strategyNo}`;
      const scope = `strategy|${planCode}|${key}`;
      const known = plan.strategies.get(key);
      if (!known) {
        plan.strategies.set(key, { targetNo, no: strategyNo, name: strategyName });
        firstRow.set(scope, r.row);
      } else {
        agree(r, 'strategy_name', scope, known.name, strategyName);
      }
    }
    if (years && plan.startYear && plan.endYear && (years.from < plan.startYear || years.to > plan.endYear)) {
      r.issue(
        'fiscal_years',
        `must lie inside the plan's years ${plan.startYear}–${plan.endYear}`,
        `ต้องอยู่ในช่วงปีของแผน ${plan.startYear}–${plan.endYear}`,
      );
    }
    if (draft.startDate && draft.endDate && draft.startDate > draft.endDate) {
      r.issue('end_date', 'is before start_date', 'อยู่ก่อนวันเริ่มต้น');
    }
    if (code !== '') {
      const scope = `project|${planCode}|${code}`;
      if (firstRow.has(scope)) {
        r.issue(
          'project_code',
          `appears twice in the plan (first at row ${firstRow.get(scope)})`,
          `ซ้ำในแผนเดียวกัน (ครั้งแรกแถวที่ ${firstRow.get(scope)})`,
        );
      } else {
        firstRow.set(scope, r.row);
        if (draft.dependsOn.includes(code))
          r.issue('depends_on', 'a project cannot depend on itself', 'โครงการขึ้นกับตัวเองไม่ได้');
        if (draft.extraTargets.includes(targetNo)) {
          r.issue('extra_targets', "repeats the project's own target", 'ซ้ำกับเป้าประสงค์หลักของโครงการ');
        }
        plan.projects.push(draft);
      }
    }
  }
  return { plans: [...plans.values()], issues };
}
