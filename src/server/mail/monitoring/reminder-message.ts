/** The Thai wording of reminder e-mails: subject and plain-text body. Pure. */
import { formatPeriod, formatThaiDate, periodFromKey, THAI_MONTHS } from '../../../domain';
import { type ReportState } from '../../../domain/monitoring';
import type { ReminderKind } from '../../../domain/monitoring/reminders';

export interface ReminderLine {
  projectId: number;
  code: string;
  name: string;
  unitId: number;
  unitName: string;
  reportId: number | null;
  state: ReportState | null;
  /** Bangkok date the waiting report was sent up. */
  submittedOn: string | null;
  waitingDays: number | null;
}

export interface ReminderMessageInput {
  kind: ReminderKind;
  period: number;
  deadline: string;
  /** Days from today to the deadline (negative when late). */
  daysLeft: number;
  recipientName: string;
  escalateAfterDays: number;
  lines: readonly ReminderLine[];
  /** The web app's address, without a trailing slash. */
  publicUrl: string;
}

export function thaiMonth(period: number): string {
  const p = periodFromKey(period);
  return `${THAI_MONTHS[p.month - 1]} ${p.yearBE}`;
}

/** "เหลือ 2 วัน", "ครบกำหนดวันนี้", "เลยกำหนด 3 วัน". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft > 0) return `เหลือ ${daysLeft} วัน`;
  if (daysLeft === 0) return 'ครบกำหนดวันนี้';
  return `เลยกำหนด ${-daysLeft} วัน`;
}

const STATE_TEXT: Record<'missing' | 'draft' | 'returned', string> = {
  missing: 'ยังไม่มีรายงาน',
  draft: 'บันทึกร่างไว้ ยังไม่ได้ส่ง',
  returned: 'ถูกส่งกลับให้แก้ไข',
};

function subjectOf(input: ReminderMessageInput): string {
  const month = thaiMonth(input.period);
  const deadline = formatThaiDate(input.deadline);
  const n = input.lines.length;
  switch (input.kind) {
    case 'before_deadline':
      return `[ติดตาม] เตือนส่งรายงานความก้าวหน้าประจำเดือน${month} ภายในวันที่ ${deadline} (${n} โครงการ)`;
    case 'late':
      return `[ติดตาม] เลยกำหนดส่งรายงานความก้าวหน้าประจำเดือน${month} (กำหนด ${deadline}) ค้างส่ง ${n} โครงการ`;
    case 'awaiting_approval':
      return `[ติดตาม] รายงานประจำเดือน${month} รอท่านอนุมัติเกิน ${input.escalateAfterDays} วัน (${n} รายงาน)`;
    case 'escalated_to_centre':
      return `[ติดตาม] แจ้งสำนักงาน ก.ก.: รายงานประจำเดือน${month} รอหัวหน้าหน่วยงานอนุมัติเกิน ${2 * input.escalateAfterDays} วัน (${n} รายงาน)`;
  }
}

function introOf(input: ReminderMessageInput): string {
  const month = thaiMonth(input.period);
  const deadline = formatThaiDate(input.deadline);
  switch (input.kind) {
    case 'before_deadline':
      return (
        `ใกล้ครบกำหนดส่งรายงานความก้าวหน้าโครงการประจำเดือน${month} ในวันที่ ${deadline} ` +
        `(${daysLeftText(input.daysLeft)}) โครงการต่อไปนี้ของหน่วยงานท่านยังไม่ได้ส่งรายงาน:`
      );
    case 'late':
      return (
        `เลยกำหนดส่งรายงานความก้าวหน้าโครงการประจำเดือน${month} (กำหนดส่ง ${deadline}, ` +
        `${daysLeftText(input.daysLeft)}) โครงการต่อไปนี้ของหน่วยงานท่านยังไม่ได้ส่งรายงาน ` +
        'กรุณาส่งโดยเร็วก่อนระบบปิดรับรายงานของเดือนนี้:'
      );
    case 'awaiting_approval':
      return (
        `รายงานความก้าวหน้าประจำเดือน${month} ต่อไปนี้ส่งถึงท่านเกิน ${input.escalateAfterDays} วันแล้ว ` +
        'และยังรอท่านอนุมัติหรือส่งกลับให้แก้ไข:'
      );
    case 'escalated_to_centre':
      return (
        `รายงานความก้าวหน้าประจำเดือน${month} ต่อไปนี้รอหัวหน้าหน่วยงานอนุมัติเกิน ` +
        `${2 * input.escalateAfterDays} วันแล้ว จึงแจ้งสำนักงาน ก.ก. เพื่อติดตาม:`
      );
  }
}

function lineText(input: ReminderMessageInput, line: ReminderLine, no: number): string[] {
  const period = formatPeriod(periodFromKey(input.period));
  const waiting = input.kind === 'awaiting_approval' || input.kind === 'escalated_to_centre';
  const link = waiting
    ? `${input.publicUrl}/review?state=submitted&period=${period}&unit=${line.unitId}`
    : `${input.publicUrl}/projects/${line.projectId}`;
  const detail = waiting
    ? `ส่งเมื่อ ${line.submittedOn ? formatThaiDate(line.submittedOn) : '-'} รอมาแล้ว ${line.waitingDays ?? '-'} วัน`
    : STATE_TEXT[line.state === 'draft' || line.state === 'returned' ? line.state : 'missing'];
  return [`${no}. ${line.code} ${line.name}`, `   ${detail}`, `   ${link}`];
}

export function composeReminder(input: ReminderMessageInput): { subject: string; text: string } {
  const byUnit = new Map<string, ReminderLine[]>();
  for (const line of input.lines) byUnit.set(line.unitName, [...(byUnit.get(line.unitName) ?? []), line]);
  const body: string[] = [`เรียน ${input.recipientName}`, '', introOf(input), ''];
  let no = 0;
  for (const [unitName, lines] of byUnit) {
    body.push(`หน่วยงาน: ${unitName}`);
    for (const line of lines) body.push(...lineText(input, line, ++no));
    body.push('');
  }
  body.push(
    `กำหนดส่งรายงานเดือน${thaiMonth(input.period)}: ${formatThaiDate(input.deadline)} (${daysLeftText(input.daysLeft)})`,
    `งานทั้งหมดที่รอท่าน: ${input.publicUrl}/my-work`,
    '',
    '--',
    'อีเมลฉบับนี้ส่งโดยอัตโนมัติจากระบบติดตามแผนยุทธศาสตร์การบริหารทรัพยากรบุคคล กรุงเทพมหานคร (ติดตาม)',
    'กรุณาอย่าตอบกลับอีเมลนี้',
  );
  return { subject: subjectOf(input), text: `${body.join('\n')}\n` };
}
