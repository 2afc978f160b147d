/** The monthly report file of formats.md, parsed and checked without database access. */
import { periodKey, type Period } from '../../../domain';
import { type ProjectStatus } from '../../../domain/monitoring';
import type { FieldIssue } from '../../../shared/messages';
import { checkColumns, stopsAtHeader, type Table } from '../read-table';
import { monitoringAccepted, REPORT_COLUMNS } from './columns';

export { REPORT_COLUMNS } from './columns';
import { RowReader } from '../row-reader';
import { checkStatusPercent } from '../../../domain/monitoring/status-percent';

export interface ReportDraft {
  row: number;
  planCode: string;
  projectCode: string;
  period: Period;
  status: ProjectStatus;
  percent: string | null;
  kpiActual: string | null;
  spent: string | null;
  problems: string | null;
  nextSteps: string | null;
}

export function parseReportTable(table: Table): { reports: ReportDraft[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = checkColumns(table, REPORT_COLUMNS, monitoringAccepted('reports'));
  if (stopsAtHeader(issues)) return { reports: [], issues };
  if (table.rows.length === 0) {
    return {
      reports: [],
      issues: [{ row: 2, field: 'plan_code', en: 'the file has no rows', th: 'ไฟล์ไม่มีข้อมูล' }],
    };
  }
  const reports: ReportDraft[] = [];
  const seen = new Map<string, number>();
  for (const source of table.rows) {
    const r = new RowReader(source, issues);
    const planCode = r.required('plan_code', 40);
    const projectCode = r.required('project_code', 40);
    const period = r.period('period');
    const status = r.status('status');
    const draft = {
      percent: r.decimal('percent', { min: 0, max: 100, decimals: 2, percentSign: true }),
      kpiActual: r.decimal('kpi_actual', { decimals: 4 }),
      spent: r.decimal('spent', { min: 0, decimals: 2 }),
      problems: r.multiline('problems'),
      nextSteps: r.multiline('next_steps'),
    };
    if (status && draft.percent !== null) {
      const note = checkStatusPercent(status, Number(draft.percent));
      // Warnings (in progress at 0 % or 100 %) are accepted: decision 0009.
      if (note?.level === 'refused') r.issue('percent', note.en, note.th);
    }
    if (!planCode || !projectCode || !period || !status) continue;
    const key = `${planCode}|${projectCode}|${periodKey(period)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      r.issue(
        'period',
        `the same project and month is already on row ${first}`,
        `โครงการและเดือนเดียวกันซ้ำกับแถวที่ ${first}`,
      );
      continue;
    }
    seen.set(key, r.row);
    reports.push({ row: r.row, planCode, projectCode, period, status, ...draft });
  }
  return { reports, issues };
}
