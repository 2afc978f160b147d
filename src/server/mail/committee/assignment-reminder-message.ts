/** The Thai wording of the committee's assignment reminders: subject and plain-text body. Pure. */
import { formatThaiDate } from '../../../domain';
import { STATE_LABEL, type AssignmentReminderKind, type AssignmentState } from '../../../domain/committee';

export interface AssignmentReminderLine {
  assignmentId: number;
  meetingNo: number;
  meetingYearBe: number;
  agendaNo: number;
  resolutionText: string;
  unitName: string;
  state: AssignmentState;
  dueOn: string;
  daysLeft: number;
}

export interface AssignmentReminderInput {
  kind: AssignmentReminderKind;
  recipientName: string;
  escalateAfterDays: number;
  lines: readonly AssignmentReminderLine[];
  /** The web app's address, without a trailing slash. */
  publicUrl: string;
}

/** A resolution is quoted up to this many characters (the minutes' sentences run long). */
const QUOTE = 160;

function dueText(daysLeft: number): string {
  if (daysLeft > 0) return `อีก ${daysLeft} วัน`;
  if (daysLeft === 0) return 'ครบกำหนดวันนี้';
  return `เลยกำหนด ${-daysLeft} วัน`;
}

function subjectOf(input: AssignmentReminderInput): string {
  const n = input.lines.length;
  switch (input.kind) {
    case 'assignment_due_soon':
      return `[ติดตาม] ใกล้ครบกำหนดรายงานผลตามมติ อ.ก.ก. (${n} เรื่อง)`;
    case 'assignment_overdue':
      return `[ติดตาม] เลยกำหนดรายงานผลตามมติ อ.ก.ก. (${n} เรื่อง)`;
    case 'assignment_escalated':
      return `[ติดตาม] แจ้งผู้บริหาร: เรื่องที่ อ.ก.ก. มอบหมายเลยกำหนดเกิน ${input.escalateAfterDays} วัน (${n} เรื่อง)`;
  }
}

function introOf(input: AssignmentReminderInput): string {
  switch (input.kind) {
    case 'assignment_due_soon':
      return 'เรื่องที่ อ.ก.ก. วิสามัญเกี่ยวกับยุทธศาสตร์การบริหารทรัพยากรบุคคล มอบหมายหน่วยงานของท่านต่อไปนี้ใกล้ครบกำหนดรายงานผล:';
    case 'assignment_overdue':
      return 'เรื่องที่ อ.ก.ก. มอบหมายหน่วยงานของท่านต่อไปนี้เลยกำหนดรายงานผลแล้ว กรุณารายงานความคืบหน้าในระบบโดยเร็ว:';
    case 'assignment_escalated':
      return (
        `เรื่องที่ อ.ก.ก. มอบหมายหน่วยงานต่อไปนี้เลยกำหนดรายงานผลเกิน ${input.escalateAfterDays} วันแล้ว ` +
        'จึงเรียนมาเพื่อโปรดติดตาม:'
      );
  }
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE ? `${flat.slice(0, QUOTE - 1)}…` : flat;
}

export function composeAssignmentReminder(input: AssignmentReminderInput): { subject: string; text: string } {
  const body: string[] = [`เรียน ${input.recipientName}`, '', introOf(input), ''];
  input.lines.forEach((line, i) => {
    body.push(
      `${i + 1}. การประชุมครั้งที่ ${line.meetingNo}/${line.meetingYearBe} ระเบียบวาระที่ ${line.agendaNo}: ${quote(line.resolutionText)}`,
      `   หน่วยงาน: ${line.unitName} · สถานะ: ${STATE_LABEL[line.state]}`,
      `   กำหนดรายงาน: ${formatThaiDate(line.dueOn)} (${dueText(line.daysLeft)})`,
    );
  });
  body.push(
    '',
    `เรื่องที่มอบหมายทั้งหมด: ${input.publicUrl}/committee/assignments`,
    '',
    '--',
    'อีเมลฉบับนี้ส่งโดยอัตโนมัติจากระบบติดตามแผนยุทธศาสตร์การบริหารทรัพยากรบุคคล กรุงเทพมหานคร (ติดตาม)',
    'กรุณาอย่าตอบกลับอีเมลนี้',
  );
  return { subject: subjectOf(input), text: `${body.join('\n')}\n` };
}
