/**
 * One row of the people file (formats.md) → a person to stage. Its issues go to the reader; the caller
 * stages a row only when it has none.
 */
import { fromThaiDigits } from '../../../domain';
import {
  EXIT_REASONS,
  GENDERS,
  parseExitReason,
  parseGender,
  parseStaffType,
  STAFF_TYPES,
  type ExitReason,
  type Gender,
  type StaffType,
} from '../../../domain/workforce';
import { thaiNationalIdValid } from '../../../shared/api/workforce/people';
import type { RowReader } from '../row-reader';
import { codeCell, identifierCell, requiredDate } from './cells';

export interface PersonLine {
  row: number;
  personNo: string;
  nationalId: string | null;
  title: string | null;
  firstName: string;
  lastName: string;
  birthDate: string;
  gender: Gender | null;
  staffType: StaffType;
  entryDate: string | null;
  exitDate: string | null;
  exitReason: ExitReason | null;
}

/** The national ID's cell: never repeated in a message (personal data). */
function nationalId(reader: RowReader): string | null {
  const raw = fromThaiDigits(reader.text('national_id')).replace(/[\s-]/g, '');
  if (raw === '') return null;
  if (!/^\d{13}$/.test(raw))
    reader.issue('national_id', 'a national ID has 13 digits', 'เลขประจำตัวประชาชนต้องมี 13 หลัก');
  else if (!thaiNationalIdValid(raw))
    reader.issue(
      'national_id',
      'not a valid national ID (check digit)',
      'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบไม่ตรง)',
    );
  else return raw;
  return null;
}

export function readPersonLine(reader: RowReader, today: string): PersonLine | null {
  const personNo = identifierCell(reader, 'person_no', true);
  const id = nationalId(reader);
  const title = reader.optional('title', 100);
  const firstName = reader.required('first_name', 200);
  const lastName = reader.required('last_name', 200);
  const birthDate = requiredDate(reader, 'birth_date');
  if (birthDate && (birthDate < '1900-01-01' || birthDate > today))
    reader.issue('birth_date', 'must be between 1900 and today', 'วันเกิดต้องอยู่ระหว่าง ค.ศ. 1900 ถึงวันนี้');
  const gender = codeCell(reader, 'gender', parseGender, GENDERS, false);
  const staffType = codeCell(reader, 'staff_type', parseStaffType, STAFF_TYPES, true);
  const entryDate = reader.date('entry_date');
  const exitDate = reader.date('exit_date');
  const exitReason = codeCell(reader, 'exit_reason', parseExitReason, EXIT_REASONS, false);
  if (exitReason && !exitDate && reader.text('exit_date') === '')
    reader.issue('exit_date', 'an exit reason needs an exit date', 'มีเหตุที่พ้นจากราชการต้องมีวันพ้นจากราชการ');
  if (entryDate && exitDate && exitDate < entryDate)
    reader.issue('exit_date', 'is before the entry date', 'อยู่ก่อนวันเข้ารับราชการ');
  if (!personNo || !birthDate || !staffType) return null;
  return {
    row: reader.row,
    personNo,
    nationalId: id,
    title,
    firstName,
    lastName,
    birthDate,
    gender,
    staffType,
    entryDate,
    exitDate,
    exitReason,
  };
}
