/** An assignment row as the API shows it, with its due date and overdue state judged as of today. */
import {
  daysLate,
  dueOn,
  isOverdue,
  type AssignmentState,
  type DueRule,
  type ReturnKind,
} from '../../../domain/committee';
import type { AssignmentView } from '../../../shared/api/committee';
import type { AssignmentRow } from '../../repositories/committee/assignments';

export const dueRule = (row: AssignmentRow): DueRule => ({
  state: row.state as AssignmentState,
  dueDate: row.due_date,
  dueNextMeeting: row.due_next_meeting,
  resolutionMeetingDate: row.meeting_date,
});

export function toAssignmentView(row: AssignmentRow, meetings: string[], today: string): AssignmentView {
  const rule = dueRule(row);
  return {
    id: row.id,
    resolutionId: row.resolution_id,
    resolutionText: row.resolution_text,
    meeting: { id: row.meeting_id, no: row.meeting_no, yearBe: row.meeting_year, heldOn: row.meeting_date },
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name },
    returnKind: row.return_kind as ReturnKind,
    dueDate: row.due_date,
    dueNextMeeting: row.due_next_meeting,
    dueOn: dueOn(rule, meetings),
    state: rule.state,
    overdue: isOverdue(rule, meetings, today),
    daysLate: daysLate(rule, meetings, today),
    closedAt:
      row.closed_meeting_id === null
        ? null
        : {
            id: row.closed_meeting_id,
            no: row.closed_meeting_no!,
            yearBe: row.closed_meeting_year!,
            heldOn: row.closed_meeting_date!,
          },
    closedNote: row.closed_note,
    version: row.version,
  };
}
