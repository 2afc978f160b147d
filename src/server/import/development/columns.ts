/**
 * The columns of the development files (formats.md: the plan and records files; docs/development-files.md: the
 * digital skills file): keys and Thai labels.
 */
import { columnSpecOf, headerKeyFor } from '../read-lines';

export const DEVELOPMENT_KINDS = ['plan', 'records', 'digital-skills'] as const;
export type DevelopmentKind = (typeof DEVELOPMENT_KINDS)[number];

export interface Column {
  key: string;
  th: string;
  required: boolean;
}

const c = (key: string, th: string, required: boolean): Column => ({ key, th, required });

export const COLUMNS: Record<DevelopmentKind, readonly Column[]> = {
  plan: [
    c('fiscal_year', 'ปีงบประมาณ', true),
    c('hrd_plan', 'รหัสแผนพัฒนาทรัพยากรบุคคล', true),
    c('hrd_plan_name', 'ชื่อแผนพัฒนาทรัพยากรบุคคล', true),
    c('hrd_strategy', 'ยุทธศาสตร์ที่', true),
    c('hrd_strategy_name', 'ชื่อยุทธศาสตร์', true),
    c('unit', 'หน่วยงาน', true),
    c('project_code', 'รหัสโครงการ', true),
    c('project_name', 'ชื่อโครงการ/หลักสูตร/กิจกรรม', true),
    c('activity_type', 'ประเภทกิจกรรม', true),
    c('participants', 'กลุ่มเป้าหมาย (คน)', true),
    c('budget', 'งบประมาณ (บาท)', false),
    c('budget_source', 'แหล่งงบประมาณ', true),
    c('target_group', 'กลุ่มเป้าหมาย', false),
    c('start_date', 'วันเริ่มต้น', false),
    c('end_date', 'วันสิ้นสุด', false),
    c('days', 'จำนวนวัน', false),
    c('digital', 'พัฒนาทักษะดิจิทัล', false),
  ],
  records: [
    c('person_no', 'เลขประจำตัวบุคลากร', true),
    c('activity', 'ชื่อกิจกรรมการพัฒนา', true),
    c('start_date', 'วันเริ่มต้น', true),
    c('end_date', 'วันสิ้นสุด', true),
    c('days', 'จำนวนวัน', true),
    c('mode', 'รูปแบบการเรียนรู้', true),
    c('passed', 'ผ่านการพัฒนา', false),
    c('digital', 'พัฒนาทักษะดิจิทัล', false),
    c('dev_project', 'รหัสโครงการ', false),
    c('provider', 'ผู้จัด', false),
  ],
  'digital-skills': [
    c('person_no', 'เลขประจำตัวบุคลากร', true),
    c('assessed_on', 'วันที่ประเมิน', true),
    c('skill_area', 'ด้านทักษะดิจิทัล', true),
    c('level', 'ระดับ', true),
  ],
};

export const columnSpec = (kind: DevelopmentKind) => columnSpecOf(COLUMNS[kind]);

/** A header cell → its key: the key itself, its Thai label, or `label (key)` as the template writes it. */
export const headerKeyOf = (kind: DevelopmentKind) => headerKeyFor(COLUMNS[kind]);
