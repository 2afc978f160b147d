/**
 * Who may add or remove evidence (issue 14, item 8; docs/decisions/0020). Pure: no I/O.
 * - A report month's files change exactly when its report could be saved (decideReportAction 'save'): the
 *   owning unit's focal point while there is no report yet or it is a draft or returned, in an open
 *   month; the centre (admin) until the month's report is accepted. A sent report's files stay as sent.
 * - A problem's files change by whoever may report its status (the owning unit's focal point or approver,
 *   the centre) until the problem is closed.
 */
import type { Role } from '../../shared/limits';
import { decideReportAction, type ActionFacts, type Decision } from './report-workflow';

export function mayChangeReportFiles(facts: Omit<ActionFacts, 'action'>): Decision {
  return decideReportAction({ ...facts, action: 'save' });
}

export function mayChangeProblemFiles(facts: {
  role: Role;
  mayUpdateStatus: boolean;
  status: string;
}): { ok: true } | { ok: false; kind: 'forbidden' | 'conflict'; reason: { th: string; en: string } } {
  if (!facts.mayUpdateStatus)
    return {
      ok: false,
      kind: 'forbidden',
      reason: {
        th: 'แนบหรือลบไฟล์ได้เฉพาะปัญหาอุปสรรคของโครงการของหน่วยงานท่าน',
        en: "Only the project's own unit or the central office adds or removes this problem's files",
      },
    };
  if (facts.status === 'closed')
    return {
      ok: false,
      kind: 'conflict',
      reason: {
        th: 'ปัญหาอุปสรรคนี้ปิดแล้ว แนบหรือลบไฟล์ไม่ได้',
        en: 'This problem is closed: its files can no longer change',
      },
    };
  return { ok: true };
}
