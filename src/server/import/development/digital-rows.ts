/** One row of the digital skills file (docs/development-files.md) → an assessment to stage. */
import type { RowReader } from '../row-reader';
import { identifierCell, requiredDate } from '../workforce/index';

export interface DigitalLine {
  row: number;
  personNo: string;
  assessedOn: string;
  /** A code or a Thai name of digital_skill_area, matched in SQL. */
  skillArea: string;
  level: number;
}

export function readDigitalLine(reader: RowReader): DigitalLine | null {
  const personNo = identifierCell(reader, 'person_no', true);
  const assessedOn = requiredDate(reader, 'assessed_on');
  const skillArea = reader.required('skill_area', 200);
  if (reader.text('level') === '') reader.issue('level', 'is required', 'ต้องกรอก');
  const level = reader.decimal('level', { min: 0, max: 5, decimals: 0 });
  if (!personNo || !assessedOn || !skillArea || level === null) return null;
  return { row: reader.row, personNo, assessedOn, skillArea, level: Number(level) };
}
