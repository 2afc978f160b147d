/** One row of the development records file (formats.md) → a record to stage; issues go to the reader. */
import { fiscalYearOfIsoDate } from '../../../domain';
import type { RowReader } from '../row-reader';
import { codeCell, identifierCell, requiredDate, yesNoCell } from '../workforce/index';
import { codeParser } from './plan-rows';

export const MODES = {
  formal: 'การเรียนรู้จากการฝึกอบรมอย่างเป็นทางการ',
  social: 'การเรียนรู้จากผู้อื่น',
  experiential: 'การเรียนรู้จากการลงมือทำ',
} as const;
const modeOf = codeParser(MODES);

export interface RecordLine {
  row: number;
  personNo: string;
  fiscalYear: number;
  activity: string;
  startDate: string;
  endDate: string;
  days: string;
  mode: string;
  passed: boolean | null;
  digital: boolean;
  devProject: string | null;
  provider: string | null;
}

export function readRecordLine(reader: RowReader): RecordLine | null {
  const personNo = identifierCell(reader, 'person_no', true);
  const activity = reader.required('activity', 1000);
  const startDate = requiredDate(reader, 'start_date');
  const endDate = requiredDate(reader, 'end_date');
  if (startDate && endDate && endDate < startDate)
    reader.issue('end_date', 'ends before it starts', 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น');
  if (reader.text('days') === '') reader.issue('days', 'is required', 'ต้องกรอก');
  const days = reader.decimal('days', { min: 0.1, max: 366, decimals: 1 });
  const mode = codeCell(reader, 'mode', modeOf, MODES, true);
  const passed = yesNoCell(reader, 'passed');
  const digital = yesNoCell(reader, 'digital') ?? false;
  const devProject = reader.optional('dev_project', 40);
  const provider = reader.optional('provider', 500);
  if (!personNo || !activity || !startDate || !endDate || !days || !mode) return null;
  return {
    row: reader.row,
    personNo,
    fiscalYear: fiscalYearOfIsoDate(startDate),
    activity,
    startDate,
    endDate,
    days,
    mode,
    passed,
    digital,
    devProject,
    provider,
  };
}
