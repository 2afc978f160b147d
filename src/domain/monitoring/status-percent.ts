/**
 * Whether a report's status and percent agree (docs/decisions/0009-status-and-percent.md). One rule
 * for the report form, the API and the report file import. A percent is optional; given, it says how
 * far the work is, so "not started" at 80 % or "completed" at 60 % is a contradiction and refused.
 * "In progress" at 0 % (just begun) or 100 % (done, awaiting sign-off) is possible: only a warning.
 * "Cancelled" keeps whatever percent the work had reached.
 */
import type { ProjectStatus } from './project-status';
import { fromThaiDigits } from '../thai-number';

export interface StatusPercentNote {
  level: 'refused' | 'warning';
  en: string;
  th: string;
}

/** Percent (0–100, at most 2 decimals) as people write it: "80", "99.5". */
const shown = (percent: number) => String(percent);

export function checkStatusPercent(status: ProjectStatus, percent: number | null): StatusPercentNote | null {
  if (percent === null) return null;
  const p = shown(percent);
  if (status === 'not_started' && percent > 0) {
    return {
      level: 'refused',
      en: `a project not started cannot be at ${p} %: give 0 or no percent, or choose "in progress"`,
      th: `โครงการที่ยังไม่ได้ดำเนินการจะมีความก้าวหน้าร้อยละ ${p} ไม่ได้: ใส่ 0 หรือเว้นว่าง หรือเลือก "อยู่ระหว่างดำเนินการ"`,
    };
  }
  if (status === 'completed' && percent < 100) {
    return {
      level: 'refused',
      en: `a completed project is at 100 %, not ${p} %: give 100 or no percent, or choose "in progress"`,
      th: `โครงการที่ดำเนินการเสร็จแล้วต้องมีความก้าวหน้าร้อยละ 100 ไม่ใช่ ${p}: ใส่ 100 หรือเว้นว่าง หรือเลือก "อยู่ระหว่างดำเนินการ"`,
    };
  }
  if (status === 'in_progress' && percent === 100) {
    return {
      level: 'warning',
      en: 'in progress at 100 %: if the work is finished, choose "completed"',
      th: 'อยู่ระหว่างดำเนินการแต่ร้อยละ 100: หากดำเนินการเสร็จแล้ว ให้เลือก "ดำเนินการเสร็จแล้ว"',
    };
  }
  if (status === 'in_progress' && percent === 0) {
    return {
      level: 'warning',
      en: 'in progress at 0 %: if the work has not begun, choose "not started"',
      th: 'อยู่ระหว่างดำเนินการแต่ร้อยละ 0: หากยังไม่ได้เริ่ม ให้เลือก "ยังไม่ได้ดำเนินการ"',
    };
  }
  return null;
}

/** Percent decimals the report file accepts (formats.md); the form and the API take the same. */
export const PERCENT_DECIMALS = 2;

/** A JSON number that is a percent with at most PERCENT_DECIMALS decimals, written plainly (no 1e-7). */
export function percentHasValidDecimals(value: number): boolean {
  return Number.isFinite(value) && new RegExp(`^-?\\d+(\\.\\d{1,${PERCENT_DECIMALS}})?$`).test(String(value));
}

/**
 * A percent as a person typed it in the form: a number when it is one in Arabic or Thai digits ("50",
 * "๕๐.๕"), null when empty, else the text itself, which the schema refuses with its message.
 */
export function percentFromTyped(text: string): number | string | null {
  const value = text.trim();
  if (value === '') return null;
  const plain = fromThaiDigits(value);
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : plain;
}
