/**
 * The round report as a paper (issue 14.12): one table per round — this fiscal year, the year before and the
 * change with its sign — as one model the DOCX and XLSX writers both lay out. Every number printed in a
 * document goes through thaiNumber / thaiMoney (Thai digits); the spreadsheet keeps real numbers.
 */
import { groupDecimal } from '../../../domain/monitoring/action-plan';
import type { RoundFigures, RoundsResponse, RoundView } from '../../../shared/api/monitoring/rounds';
import { COMMITTEE } from './narrative';
import { STATUS_TH, thaiDateTime, thaiDigits, thaiMonthYear, thaiNumber } from './thai-format';

export type RoundValue = { kind: 'int' | 'pct'; value: number } | { kind: 'money'; value: string };

export interface RoundRow {
  label: string;
  current: RoundValue;
  previous: RoundValue | null;
  change: RoundValue | null;
}

export interface RoundTable {
  title: string;
  /** "รอบ ๖ เดือน" — a sheet name (Thai, short). */
  sheetName: string;
  columns: [string, string, string, string];
  rows: RoundRow[];
  note: string | null;
}

const int = (value: number): RoundValue => ({ kind: 'int', value });
const pct = (value: number): RoundValue => ({ kind: 'pct', value });
const money = (value: string): RoundValue => ({ kind: 'money', value });

export const MONTHS_TH = (n: number) => `${thaiDigits(n)} เดือน`;

/** "๑,๒๕๐,๐๐๐.๕๐": exact money in Thai digits. */
export const thaiMoney = (value: string) => thaiDigits(groupDecimal(value, 2));

/** A value as a document prints it; a change carries its sign ("+๓", "−๒", "๐"). */
export function roundValueText(v: RoundValue | null, signed = false): string {
  if (v === null) return '-';
  const print = (x: RoundValue) => (x.kind === 'money' ? thaiMoney(x.value) : thaiNumber(x.value));
  if (!signed) return print(v);
  const negative = v.kind === 'money' ? v.value.startsWith('-') : v.value < 0;
  const zero = v.kind === 'money' ? /^-?0(\.0*)?$/.test(v.value) : v.value === 0;
  const magnitude = print(
    v.kind === 'money'
      ? { kind: 'money', value: v.value.replace(/^-/, '') }
      : { ...v, value: Math.abs(v.value) },
  );
  return zero ? magnitude : `${negative ? '−' : '+'}${magnitude}`;
}

function rows(now: RoundFigures, before: RoundFigures | null, round: RoundView): RoundRow[] {
  const c = round.change;
  const line = (
    label: string,
    pick: (f: RoundFigures) => RoundValue,
    change: RoundValue | null,
  ): RoundRow => ({ label, current: pick(now), previous: before ? pick(before) : null, change });
  return [
    line('โครงการทั้งหมด (ไม่นับที่ยกเลิก)', (f) => int(f.status.total), c && int(c.total)),
    line(STATUS_TH.completed, (f) => int(f.status.completed), c && int(c.completed)),
    line(STATUS_TH.in_progress, (f) => int(f.status.inProgress), c && int(c.inProgress)),
    line(STATUS_TH.not_started, (f) => int(f.status.notStarted), c && int(c.notStarted)),
    line('ยกเลิก', (f) => int(f.status.cancelled), c && int(c.cancelled)),
    line('ความก้าวหน้า (ร้อยละ)', (f) => pct(f.status.progressPct), c && pct(c.progressPct)),
    line('ผลลัพธ์สำคัญทั้งหมด', (f) => int(f.keyResults.total), c && int(c.keyResultsTotal)),
    line('ผลลัพธ์สำคัญที่บรรลุค่าเป้าหมาย', (f) => int(f.keyResults.met), c && int(c.keyResultsMet)),
    line('งบประมาณตามแผน (บาท)', (f) => money(f.budget.planned), c && money(c.planned)),
    line('เบิกจ่ายสะสม (บาท)', (f) => money(f.budget.spent), c && money(c.spent)),
    line('ร้อยละการเบิกจ่าย', (f) => pct(f.budget.spentPct), c && pct(c.spentPct)),
  ];
}

/** "ตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗" */
const span = (from: string, to: string) => `${thaiMonthYear(from)} – ${thaiMonthYear(to)}`;

export function roundTables(report: RoundsResponse): RoundTable[] {
  const fy = thaiDigits(report.fiscalYear);
  const prior = thaiDigits(report.fiscalYear - 1);
  return report.rounds.map((round) => {
    const notes: string[] = [];
    if (!round.reached) notes.push('ยังไม่ครบรอบ: ตัวเลขนับถึงเดือนล่าสุดที่มีรายงานที่รับรองแล้ว');
    if (round.coveredMonths > 0 && round.coveredMonths < round.months)
      notes.push(`แผนเริ่มรายงานกลางปี: รอบนี้มีรายงาน ${thaiDigits(round.coveredMonths)} เดือน`);
    if (round.previous === null) notes.push(`ไม่มีข้อมูลรอบเดียวกันของปีงบประมาณ พ.ศ. ${prior} ในแผนนี้`);
    return {
      title: `ผลการดำเนินงานรอบ ${MONTHS_TH(round.months)} (${span(round.from, round.to)})`,
      sheetName: `รอบ ${MONTHS_TH(round.months)}`,
      columns: ['รายการ', `ปีงบประมาณ พ.ศ. ${fy}`, `ปีงบประมาณ พ.ศ. ${prior}`, 'เปลี่ยนแปลง (+/−)'],
      rows: rows(round.current, round.previous, round),
      note: notes.length ? notes.join(' ') : null,
    };
  });
}

export function roundHeading(report: RoundsResponse, generatedAt: Date) {
  return {
    title: 'รายงานผลการดำเนินงานรายรอบ',
    committee: COMMITTEE,
    subtitle: `ตาม${report.planName} ปีงบประมาณ พ.ศ. ${thaiDigits(report.fiscalYear)}`,
    basis: 'นับเฉพาะรายงานประจำเดือนที่รับรองแล้ว ณ เดือนสุดท้ายของแต่ละรอบ เทียบกับรอบเดียวกันของปีงบประมาณก่อน',
    latest: report.latestMonth
      ? `รายงานที่รับรองแล้วล่าสุด: เดือน${thaiMonthYear(report.latestMonth)}`
      : 'ยังไม่มีรายงานที่รับรองแล้ว',
    made: `จัดทำเมื่อ ${thaiDateTime(generatedAt)}`,
    scope: report.budgetScope === 'own_unit' ? 'งบประมาณแสดงเฉพาะโครงการของหน่วยงานของท่าน' : null,
  };
}
