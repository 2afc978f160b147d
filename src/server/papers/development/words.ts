/** How the development plan paper writes numbers: Thai digits, thousands separators, baht as the memo does. */
import { toThaiDigits } from '../../../domain';

export const th = (text: string | number) => toThaiDigits(String(text));

/** 58753 → "๕๘,๗๕๓". */
export const thInt = (n: number) => th(n.toLocaleString('en-US', { maximumFractionDigits: 0 }));

/** 353166405 → "๓๕๓,๑๖๖,๔๐๕.-" (whole baht, as the memo), 12.5 → "๑๒.๕๐". */
export function thBaht(n: number): string {
  const whole = Number.isInteger(n);
  const text = n.toLocaleString('en-US', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  });
  return th(whole ? `${text}.-` : text);
}

/** 2.34 → "๒.๓๔". */
export const thPct = (n: number) => th(n.toFixed(2));

/** The names the paper gives the codes. */
export const SOURCE_TH = {
  ordinance: 'งบประมาณตามข้อบัญญัติงบประมาณรายจ่ายประจำปี',
  other: 'งบประมาณอื่น',
  none: 'ไม่ใช้งบประมาณ',
} as const;
export const GROUP_TH = {
  district: 'สำนักงานเขต',
  bureau: 'สำนัก',
  other: 'หน่วยงานอื่น',
} as const;
export const ACTIVITY_TH = {
  training: 'การฝึกอบรม',
  meeting: 'การประชุมเชิงวิชาการหรือเชิงปฏิบัติการ',
  seminar: 'การสัมมนาเชิงวิชาการหรือเชิงปฏิบัติการ',
  study_visit: 'การดูงาน',
} as const;
