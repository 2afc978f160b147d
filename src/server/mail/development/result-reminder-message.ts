/** The Thai wording of the development results' reminders (form สพข. ๒): subject and plain-text body. Pure. */
import { formatThaiDate } from '../../../domain';
import type { ResultReminderKind } from '../../../domain/development';

export interface ResultReminderLine {
  projectId: number;
  fiscalYear: number;
  projectCode: string;
  projectName: string;
  unitName: string;
  endDate: string;
  dueOn: string;
  daysLeft: number;
}

export interface ResultReminderInput {
  kind: ResultReminderKind;
  recipientName: string;
  escalateAfterDays: number;
  lines: readonly ResultReminderLine[];
  /** The web app's address, without a trailing slash. */
  publicUrl: string;
}

function dueText(daysLeft: number): string {
  if (daysLeft > 0) return `อีก ${daysLeft} วัน`;
  if (daysLeft === 0) return 'ครบกำหนดวันนี้';
  return `เลยกำหนด ${-daysLeft} วัน`;
}

function subjectOf(input: ResultReminderInput): string {
  const n = input.lines.length;
  switch (input.kind) {
    case 'result_due_soon':
      return `[ติดตาม] ใกล้ครบกำหนดรายงานผลการพัฒนา (แบบ สพข. ๒) (${n} โครงการ)`;
    case 'result_overdue':
      return `[ติดตาม] เลยกำหนดรายงานผลการพัฒนา (แบบ สพข. ๒) (${n} โครงการ)`;
    case 'result_escalated':
      return `[ติดตาม] แจ้งผู้บริหาร: ผลการพัฒนา (แบบ สพข. ๒) เลยกำหนดเกิน ${input.escalateAfterDays} วัน (${n} โครงการ)`;
  }
}

function introOf(input: ResultReminderInput): string {
  switch (input.kind) {
    case 'result_due_soon':
      return (
        'โครงการพัฒนาบุคลากรของหน่วยงานท่านต่อไปนี้ใกล้ครบกำหนดรายงานผลตามแบบ สพข. ๒ ' +
        '(ภายใน 14 วันนับจากวันสิ้นสุดโครงการ):'
      );
    case 'result_overdue':
      return 'โครงการพัฒนาบุคลากรของหน่วยงานท่านต่อไปนี้เลยกำหนดรายงานผลตามแบบ สพข. ๒ แล้ว กรุณารายงานผลในระบบโดยเร็ว:';
    case 'result_escalated':
      return (
        `โครงการพัฒนาบุคลากรต่อไปนี้ยังไม่ได้รายงานผลตามแบบ สพข. ๒ และเลยกำหนดเกิน ${input.escalateAfterDays} วันแล้ว ` +
        'จึงเรียนมาเพื่อโปรดติดตาม:'
      );
  }
}

export function composeResultReminder(input: ResultReminderInput): { subject: string; text: string } {
  const body: string[] = [`เรียน ${input.recipientName}`, '', introOf(input), ''];
  input.lines.forEach((line, i) => {
    body.push(
      `${i + 1}. ${line.projectCode} ${line.projectName}`,
      `   หน่วยงาน: ${line.unitName} · ปีงบประมาณ พ.ศ. ${line.fiscalYear} · สิ้นสุดโครงการ ${formatThaiDate(line.endDate)}`,
      `   กำหนดรายงานผล: ${formatThaiDate(line.dueOn)} (${dueText(line.daysLeft)})`,
    );
  });
  body.push(
    '',
    `รายงานผลการพัฒนา: ${input.publicUrl}/development/results`,
    '',
    '--',
    'อีเมลฉบับนี้ส่งโดยอัตโนมัติจากระบบติดตามแผนยุทธศาสตร์การบริหารทรัพยากรบุคคล กรุงเทพมหานคร (ติดตาม)',
    'กรุณาอย่าตอบกลับอีเมลนี้',
  );
  return { subject: subjectOf(input), text: `${body.join('\n')}\n` };
}
