/** How the committee's papers write meetings, dues and states: Thai digits, พ.ศ. dates with the weekday. */
import { formatThaiDate, toThaiDigits } from '../../../domain';
import { RETURN_LABEL, STATE_LABEL } from '../../../domain/committee';
import type { PaperAssignment, PaperMeeting } from './content';

const WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];

export const th = (text: string | number) => toThaiDigits(String(text));

/** "2023-06-21" → "วันพุธที่ ๒๑ มิถุนายน ๒๕๖๖". */
export function thaiDayDate(iso: string): string {
  const weekday = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
  return `วัน${weekday}ที่ ${formatThaiDate(iso, { thaiDigits: true })}`;
}

/** "ครั้งที่ ๖/๒๕๖๖". */
export const meetingNo = (m: PaperMeeting) => `ครั้งที่ ${th(`${m.no}/${m.yearBe}`)}`;

/** "ห้องนพรัตน์ ชั้น ๕ และผ่านระบบ Zoom". */
export function venue(m: PaperMeeting): string {
  const parts = [m.place, m.online ? `ผ่านระบบ ${m.online}` : null].filter(Boolean);
  return th(parts.join(' และ'));
}

export function dueText(a: PaperAssignment): string {
  return a.dueNextMeeting
    ? 'ภายในการประชุมครั้งถัดไป'
    : `ภายในวันที่ ${formatThaiDate(a.dueDate!, { thaiDigits: true })}`;
}

/** "สำนักงาน ก.ก. (รายงาน อ.ก.ก. เพื่อทราบ ภายในการประชุมครั้งถัดไป) — รายงานความคืบหน้าแล้ว, เกินกำหนด ๓ วัน". */
export function assignmentLine(a: PaperAssignment): string {
  const late = a.daysLate > 0 ? ` เกินกำหนด ${th(a.daysLate)} วัน` : '';
  return `${th(a.unit)} (${RETURN_LABEL[a.returnKind]} ${dueText(a)}) สถานะ: ${STATE_LABEL[a.state]}${late}`;
}

/** A progress entry's moment "2023-07-20T10:15:00" → "๒๐ กรกฎาคม ๒๕๖๖". */
export const progressDate = (at: string) => formatThaiDate(at.slice(0, 10), { thaiDigits: true });
