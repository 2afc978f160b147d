/**
 * The template of a development file (GET /api/development/imports/:kind/template.xlsx, formats.md), built by the
 * kernel's import template (exports/import-template.ts): drop-down lists from a second sheet "รายการ" of the HRD
 * strategy's number and name (of the newest opened year's plan), the budget source and activity type (their Thai
 * names, which the import accepts), the learning mode and yes/no. No example row: a forgotten one would be imported.
 */
import { COLUMNS, type DevelopmentKind } from '../../import/development/columns';
import { ACTIVITY_TYPES, BUDGET_SOURCES } from '../../import/development/plan-rows';
import { MODES } from '../../import/development/record-rows';
import type { TemplateYear } from '../../repositories/development/template';
import { importTemplate } from '../import-template';

export { DATA_SHEET, templateHeader } from '../import-template';
export const LISTS_SHEET = 'รายการ';

/** The drop-down values of a column, or none. */
function listOf(key: string, year: TemplateYear | null): string[] | null {
  switch (key) {
    case 'hrd_strategy':
      return year ? year.strategies.map((s) => s.no) : null;
    case 'hrd_strategy_name':
      return year ? year.strategies.map((s) => s.name) : null;
    case 'activity_type':
      return Object.values(ACTIVITY_TYPES);
    case 'budget_source':
      return Object.values(BUDGET_SOURCES);
    case 'mode':
      return Object.values(MODES);
    case 'digital':
    case 'passed':
      return ['ใช่', 'ไม่ใช่'];
    default:
      return null;
  }
}

export function developmentTemplate(kind: DevelopmentKind, year: TemplateYear | null): Promise<Buffer> {
  return importTemplate({
    columns: COLUMNS[kind],
    listsSheet: LISTS_SHEET,
    listOf: (c) => listOf(c.key, year),
    ...(kind === 'plan' && year
      ? { note: `ปีงบประมาณ ${year.fiscalYear} แผน ${year.hrdPlan} ${year.hrdPlanName}` }
      : {}),
  });
}
