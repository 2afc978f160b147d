/**
 * Which e-mails the development projects' results (form สพข. ๒) call for on a day (Bangkok calendar dates,
 * YYYY-MM-DD). Pure. A project is reminded while its result is not filed and it has a due date
 * (end + 14 days, result-due.ts):
 *
 * - due soon: from `remindDaysBefore` (3) days before the due day up to the due day itself → the agency's
 *   focal points. Three days: the form is short and the two weeks after the end are the agency's own time;
 *   an earlier mail would arrive while the project is still running;
 * - overdue: from the day after the due day → the agency's focal points;
 * - escalated: more than `escalateAfterDays` (14) days overdue, i.e. from the 15th day after the due day →
 *   the agency's approvers and the institute (unit BHRDI: its focal points and approvers), once.
 * An agency without a focal point gets the due-soon and overdue e-mails through its approvers instead.
 * A result more than `lookBackDays` (90) days overdue is history (a past year's plan loaded later, as seed
 * 004's FY2564): it starts no new e-mail, so loading an old plan does not flood the agencies' mail.
 * Each (kind, project, recipient) is sent once: the reminder ledger's claim holds it.
 */
import { resultDueOn } from './result-due';

export type ResultReminderKind = 'result_due_soon' | 'result_overdue' | 'result_escalated';

export interface ResultReminderSettings {
  remindDaysBefore: number;
  escalateAfterDays: number;
  lookBackDays: number;
}

export const DEFAULT_RESULT_REMINDER_SETTINGS: ResultReminderSettings = {
  remindDaysBefore: 3,
  escalateAfterDays: 14,
  lookBackDays: 90,
};

export interface ResultReminderFact {
  projectId: number;
  unitId: number;
  endDate: string | null;
  filedOn: string | null;
}

export interface ResultReminderRecipient {
  userId: number;
  role: string;
  unitId: number | null;
}

export interface ResultReminder {
  kind: ResultReminderKind;
  projectId: number;
  unitId: number;
  dueOn: string;
  /** Days from today to the due day: negative when overdue. */
  daysLeft: number;
  userIds: number[];
}

export function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function decideResultReminders(
  projects: readonly ResultReminderFact[],
  people: readonly ResultReminderRecipient[],
  instituteUnitId: number | null,
  today: string,
  settings: ResultReminderSettings = DEFAULT_RESULT_REMINDER_SETTINGS,
): ResultReminder[] {
  const ofUnit = (role: string, unitId: number | null) =>
    people.filter((p) => p.role === role && p.unitId === unitId).map((p) => p.userId);
  const institute = [...ofUnit('focal_point', instituteUnitId), ...ofUnit('approver', instituteUnitId)];
  const out: ResultReminder[] = [];
  for (const p of projects) {
    if (p.filedOn !== null && p.filedOn <= today) continue;
    const due = resultDueOn(p.endDate);
    if (due === null) continue;
    const daysLeft = daysFromTo(today, due);
    if (daysLeft > settings.remindDaysBefore || -daysLeft > settings.lookBackDays) continue;
    const approvers = ofUnit('approver', p.unitId);
    const focal = ofUnit('focal_point', p.unitId);
    const agency = focal.length > 0 ? focal : approvers;
    const base = { projectId: p.projectId, unitId: p.unitId, dueOn: due, daysLeft };
    if (daysLeft >= 0 && agency.length > 0) out.push({ ...base, kind: 'result_due_soon', userIds: agency });
    if (daysLeft < 0 && agency.length > 0) out.push({ ...base, kind: 'result_overdue', userIds: agency });
    if (-daysLeft > settings.escalateAfterDays) {
      const heads = [...new Set([...approvers, ...institute])];
      if (heads.length > 0) out.push({ ...base, kind: 'result_escalated', userIds: heads });
    }
  }
  return out;
}
