/**
 * The columns of the three workforce files (formats.md, "Workforce files"): keys, Thai labels (row 1 may
 * give either; the template shows the label with the key in brackets, which is read too), which are
 * required, and the codes a column takes (the template's drop-down lists).
 */
import { columnSpecOf, headerKeyFor } from '../read-lines';
import {
  EXIT_REASONS,
  GENDERS,
  HISTORY_ROLES,
  LEVELS,
  POSITION_TYPES,
  STAFF_TYPES,
  YES_NO,
} from '../../../domain/workforce';

export const WORKFORCE_KINDS = ['people', 'positions', 'history'] as const;
export type WorkforceKind = (typeof WORKFORCE_KINDS)[number];

export interface Column {
  key: string;
  th: string;
  required: boolean;
  /** Codes and their Thai names, when the column takes one of a set. */
  codes?: Record<string, string>;
  example: string;
}

const c = (
  key: string,
  th: string,
  required: boolean,
  example: string,
  codes?: Record<string, string>,
): Column => (codes ? { key, th, required, example, codes } : { key, th, required, example });

export const COLUMNS: Record<WorkforceKind, readonly Column[]> = {
  people: [
    c('person_no', 'เลขประจำตัวบุคลากร', true, '6500123'),
    c('national_id', 'เลขประจำตัวประชาชน', false, ''),
    c('title', 'คำนำหน้าชื่อ', false, 'นางสาว'),
    c('first_name', 'ชื่อ', true, 'สมใจ'),
    c('last_name', 'นามสกุล', true, 'ใจดี'),
    c('birth_date', 'วันเกิด', true, '02/10/2518'),
    c('gender', 'เพศ', false, 'หญิง', GENDERS),
    c('staff_type', 'ประเภทบุคลากร', true, STAFF_TYPES.civil_servant, STAFF_TYPES),
    c('entry_date', 'วันเข้ารับราชการ', false, '01/06/2542'),
    c('exit_date', 'วันพ้นจากราชการ', false, ''),
    c('exit_reason', 'เหตุที่พ้นจากราชการ', false, '', EXIT_REASONS),
  ],
  positions: [
    c('position_no', 'เลขที่ตำแหน่ง', true, 'สนข.101'),
    c('title', 'ชื่อตำแหน่ง', true, 'นักทรัพยากรบุคคล'),
    c('position_type', 'ประเภทตำแหน่ง', true, POSITION_TYPES.academic, POSITION_TYPES),
    c('level', 'ระดับ', true, LEVELS.professional, LEVELS),
    c('line', 'สายงาน', false, 'นักทรัพยากรบุคคล'),
    c('unit', 'หน่วยงาน', true, 'สำนักงาน ก.ก.'),
    c('section', 'ฝ่าย / ส่วน', false, 'ฝ่ายบริหารงานทั่วไป'),
    c('section_head', 'หัวหน้าฝ่าย', false, YES_NO.no, YES_NO),
    c('abolished_date', 'วันที่ยุบเลิกตำแหน่ง', false, ''),
  ],
  history: [
    c('person_no', 'เลขประจำตัวบุคลากร', true, '6500123'),
    c('from', 'ตั้งแต่วันที่', true, '01/10/2565'),
    c('to', 'ถึงวันที่', false, ''),
    c('role', 'ลักษณะการดำรงตำแหน่ง', false, HISTORY_ROLES.holds, HISTORY_ROLES),
    c('position_no', 'เลขที่ตำแหน่ง', false, 'สนข.101'),
    c('title', 'ชื่อตำแหน่ง', false, ''),
    c('position_type', 'ประเภทตำแหน่ง', false, '', POSITION_TYPES),
    c('level', 'ระดับ', false, '', LEVELS),
    c('line', 'สายงาน', false, ''),
    c('unit', 'หน่วยงาน', false, ''),
    c('work_unit', 'หน่วยงานที่ปฏิบัติงานจริง', false, ''),
    c('section', 'ฝ่าย / ส่วน', false, ''),
    c('section_head', 'หัวหน้าฝ่าย', false, '', YES_NO),
    c('order_ref', 'คำสั่งที่', false, 'คำสั่ง กทม. ที่ 123/2565 ลงวันที่ 30 ก.ย. 2565'),
  ],
};

export const columnSpec = (kind: WorkforceKind) => columnSpecOf(COLUMNS[kind]);

/** A header cell → its key: the key itself, its Thai label, or `label (key)` as the template writes it. */
export const headerKeyOf = (kind: WorkforceKind) => headerKeyFor(COLUMNS[kind]);

export const templateHeader = (col: Column) => `${col.th} (${col.key})`;
