/**
 * What `tidtam month open` prints: English with ISO (CE) dates, Thai with Buddhist-era dates, and a
 * warning when the month's lock date has already passed (its reports can then only come in through a
 * per-unit exception, docs/decisions/0006).
 */
import { formatThaiDate } from '../../../domain';

export function monthOpenedLines(
  month: { period: string; deadline: string; lockDate: string | null },
  today: string,
): string[] {
  const locks =
    month.lockDate === null
      ? 'never locks by itself / ไม่ปิดรับเอง'
      : `locks after ${month.lockDate} / ปิดรับหลังวันที่ ${formatThaiDate(month.lockDate)}`;
  const lines = [
    `opened ${month.period}: deadline ${month.deadline} / กำหนดส่ง ${formatThaiDate(month.deadline)}; ${locks}`,
  ];
  if (month.lockDate !== null && month.lockDate < today) {
    lines.push(
      `warning: its lock date ${month.lockDate} has passed: agencies cannot send its reports without an exception` +
        ` / คำเตือน: เลยวันปิดรับ ${formatThaiDate(month.lockDate)} แล้ว หน่วยงานจะส่งรายงานเดือนนี้ไม่ได้หากไม่ได้รับการยกเว้น`,
    );
  }
  return lines;
}
