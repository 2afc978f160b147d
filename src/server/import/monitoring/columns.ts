/**
 * The columns of the monitoring files (formats.md "Plan file" and "Monthly report file", docs/monitoring-files.md):
 * keys and Thai labels. Row 1 may give the key, the Thai label, or `label (key)` as the template writes it.
 */
import { acceptedColumns, columnSpecOf, headerKeyFor, type KindColumn } from '../read-lines';

export const MONITORING_KINDS = ['plan', 'reports'] as const;
export type MonitoringKind = (typeof MONITORING_KINDS)[number];

const c = (key: string, th: string, required: boolean): KindColumn => ({ key, th, required });

export const MONITORING_COLUMNS: Record<MonitoringKind, readonly KindColumn[]> = {
  plan: [
    c('plan_code', 'รหัสแผน', true),
    c('plan_name', 'ชื่อแผน', true),
    c('plan_start_year', 'ปีเริ่มต้นของแผน', true),
    c('plan_end_year', 'ปีสิ้นสุดของแผน', true),
    c('target_no', 'เป้าประสงค์ที่', true),
    c('target_name', 'ชื่อเป้าประสงค์', true),
    c('target_value', 'คุณค่าที่ส่งมอบ', false),
    c('strategy_no', 'กลยุทธ์ที่', true),
    c('strategy_name', 'ชื่อกลยุทธ์', true),
    c('project_code', 'รหัสโครงการ', true),
    c('project_name', 'ชื่อโครงการ/กิจกรรม', true),
    c('fiscal_years', 'ปีงบประมาณ', true),
    c('owner_unit', 'หน่วยงานรับผิดชอบ', false),
    c('start_date', 'วันเริ่มต้น', false),
    c('end_date', 'วันสิ้นสุด', false),
    c('budget', 'งบประมาณ (บาท)', false),
    c('kpi', 'ตัวชี้วัด', false),
    c('kpi_unit', 'หน่วยนับ', false),
    c('kpi_target', 'ค่าเป้าหมาย', false),
    c('depends_on', 'โครงการที่ต้องทำก่อน', false),
    c('extra_targets', 'เป้าประสงค์อื่นที่สนับสนุน', false),
  ],
  reports: [
    c('plan_code', 'รหัสแผน', true),
    c('project_code', 'รหัสโครงการ', true),
    c('period', 'เดือนที่รายงาน', true),
    c('status', 'สถานะ', true),
    c('percent', 'ร้อยละความก้าวหน้า', false),
    c('kpi_actual', 'ผลตามตัวชี้วัด', false),
    c('spent', 'ผลการเบิกจ่าย (บาท)', false),
    c('problems', 'ปัญหาอุปสรรค', false),
    c('next_steps', 'แนวทางดำเนินการต่อไป', false),
  ],
};

export const PLAN_COLUMNS = columnSpecOf(MONITORING_COLUMNS.plan);
export const REPORT_COLUMNS = columnSpecOf(MONITORING_COLUMNS.reports);

/** A header cell → its key (the key, the Thai label, or `label (key)`). */
export const monitoringHeaderKey = (kind: MonitoringKind) => headerKeyFor(MONITORING_COLUMNS[kind]);

/** The accepted columns as an unknown column's error names them: "รหัสแผน (plan_code), …". */
export const monitoringAccepted = (kind: MonitoringKind) => acceptedColumns(MONITORING_COLUMNS[kind]);
