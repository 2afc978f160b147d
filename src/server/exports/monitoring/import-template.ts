/**
 * The templates of the monitoring files (GET /api/imports/plan|reports/template.xlsx, docs/monitoring-files.md),
 * built by the kernel's import template: Thai labels with their keys, and drop-down lists on a second sheet
 * "รายการ" — the plan file's responsible agency; the report file's plan, project and status (the Thai words,
 * which the import accepts). No example row: a forgotten one would be imported.
 */
import { STATUS_LABEL_TH } from '../../../domain/monitoring';
import { MONITORING_COLUMNS, type MonitoringKind } from '../../import/monitoring/columns';
import type { MonitoringTemplateLists } from '../../repositories/monitoring/template';
import { importTemplate } from '../import-template';

const thai = new Intl.Collator('th');

export function monitoringTemplate(kind: MonitoringKind, lists: MonitoringTemplateLists): Promise<Buffer> {
  const values: Record<string, readonly string[]> =
    kind === 'plan'
      ? { owner_unit: [...lists.units].sort(thai.compare) }
      : { plan_code: lists.plans, project_code: lists.projects, status: Object.values(STATUS_LABEL_TH) };
  return importTemplate({
    columns: MONITORING_COLUMNS[kind],
    listsSheet: 'รายการ',
    listOf: (c) => values[c.key] ?? null,
  });
}
