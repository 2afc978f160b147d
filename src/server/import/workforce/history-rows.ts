/**
 * One row of the position history file (formats.md) → a period to stage; issues go to the reader. With a
 * position_no, the position's title, type, level, line, unit, section and section head fill what the row
 * leaves empty (done in SQL when staging); without one they are required here.
 */
import {
  HISTORY_ROLES,
  LEVELS,
  parseHistoryRole,
  parseLevel,
  parsePositionType,
  POSITION_TYPES,
  type HistoryRole,
  type Level,
  type PositionType,
} from '../../../domain/workforce';
import type { RowReader } from '../row-reader';
import { codeCell, identifierCell, requiredDate, yesNoCell } from './cells';
import { levelIssue, unitCell, type UnitLookup } from './position-rows';

export interface HistoryLine {
  row: number;
  personNo: string;
  from: string;
  to: string | null;
  role: HistoryRole;
  positionNo: string | null;
  title: string | null;
  positionType: PositionType | null;
  level: Level | null;
  line: string | null;
  unitId: number | null;
  workUnitId: number | null;
  section: string | null;
  sectionHead: boolean | null;
  orderRef: string | null;
}

const FROM_POSITION = ['title', 'position_type', 'level', 'unit'] as const;

export function readHistoryLine(reader: RowReader, resolveUnit: UnitLookup): HistoryLine | null {
  const personNo = identifierCell(reader, 'person_no', true);
  const from = requiredDate(reader, 'from');
  const to = reader.date('to');
  if (from && to && to < from) reader.issue('to', 'ends before it starts', 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น');
  const role = codeCell(reader, 'role', parseHistoryRole, HISTORY_ROLES, false) ?? 'holds';
  const positionNo = identifierCell(reader, 'position_no', false);
  if (!positionNo) {
    for (const key of FROM_POSITION) {
      if (reader.text(key) === '')
        reader.issue(key, 'is required when position_no is empty', 'ต้องกรอกเมื่อไม่ได้ระบุเลขที่ตำแหน่ง');
    }
  }
  const title = reader.optional('title', 300);
  const positionType = codeCell(reader, 'position_type', parsePositionType, POSITION_TYPES, false);
  const level = codeCell(reader, 'level', parseLevel, LEVELS, false);
  levelIssue(reader, positionType, level);
  const line = reader.optional('line', 300);
  const unitId = unitCell(reader, 'unit', resolveUnit, false);
  const workUnitId = unitCell(reader, 'work_unit', resolveUnit, false);
  const section = reader.optional('section', 300);
  const sectionHead = yesNoCell(reader, 'section_head');
  const orderRef = reader.optional('order_ref', 500);
  if (!personNo || !from) return null;
  return {
    row: reader.row,
    personNo,
    from,
    to,
    role,
    positionNo,
    title,
    positionType,
    level,
    line,
    unitId,
    workUnitId,
    section,
    sectionHead,
    orderRef,
  };
}
