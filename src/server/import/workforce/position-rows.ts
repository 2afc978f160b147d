/** One row of the positions file (formats.md) → a position to stage; issues go to the reader. */
import {
  levelFitsType,
  LEVELS,
  parseLevel,
  parsePositionType,
  POSITION_TYPES,
  type Level,
  type PositionType,
} from '../../../domain/workforce';
import type { RowReader } from '../row-reader';
import { codeCell, identifierCell, yesNoCell } from './cells';

export interface PositionLine {
  row: number;
  positionNo: string;
  title: string;
  positionType: PositionType;
  level: Level;
  line: string | null;
  unitId: number;
  section: string | null;
  sectionHead: boolean;
  abolishedDate: string | null;
}

export type UnitLookup = (text: string) => number | null;

/** A unit named by code or name, as in the plan file; an unknown one is an error here (never created). */
export function unitCell(
  reader: RowReader,
  key: string,
  resolve: UnitLookup,
  required: boolean,
): number | null {
  const raw = required ? reader.required(key, 500) : reader.optional(key, 500);
  if (!raw) return null;
  const id = resolve(raw);
  if (id === null)
    reader.issue(
      key,
      `no unit "${raw}": give a unit's code or name as on the units page`,
      `ไม่พบหน่วยงาน "${raw}": ใช้รหัสหรือชื่อหน่วยงานตามหน้าหน่วยงาน`,
    );
  return id;
}

/** Type and level together: a level must fit its type (formats.md). */
export function levelIssue(reader: RowReader, type: PositionType | null, level: Level | null): void {
  if (type && level && !levelFitsType(type, level))
    reader.issue(
      'level',
      `level ${level} is not a level of position type ${type}`,
      `ระดับ${LEVELS[level]}ไม่ใช่ระดับของตำแหน่งประเภท${POSITION_TYPES[type]}`,
    );
}

export function readPositionLine(reader: RowReader, resolveUnit: UnitLookup): PositionLine | null {
  const positionNo = identifierCell(reader, 'position_no', true);
  const title = reader.required('title', 300);
  const positionType = codeCell(reader, 'position_type', parsePositionType, POSITION_TYPES, true);
  const level = codeCell(reader, 'level', parseLevel, LEVELS, true);
  levelIssue(reader, positionType, level);
  const line = reader.optional('line', 300);
  const unitId = unitCell(reader, 'unit', resolveUnit, true);
  const section = reader.optional('section', 300);
  const sectionHead = yesNoCell(reader, 'section_head') ?? false;
  const abolishedDate = reader.date('abolished_date');
  if (!positionNo || !title || !positionType || !level || unitId === null) return null;
  return {
    row: reader.row,
    positionNo,
    title,
    positionType,
    level,
    line,
    unitId,
    section,
    sectionHead,
    abolishedDate,
  };
}
