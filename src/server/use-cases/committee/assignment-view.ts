/** An assignment row as the API shows it, with its due date and overdue state judged as of today. */
import {
  daysLate,
  dueOn,
  isOverdue,
  mayChangeAttachments,
  type AssignmentState,
  type AttachmentMediaType,
  type DueRule,
  type ReturnKind,
} from '../../../domain/committee';
import type { AssignmentView, AttachmentView } from '../../../shared/api/committee';
import type { Actor } from '../../actor';
import type { AssignmentRow } from '../../repositories/committee/assignments';
import type { AttachmentRow } from '../../repositories/committee/attachments';

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

/** A file as the API lists it; `removable` when the actor's unit may still remove it. */
export function toAttachmentView(r: AttachmentRow, actor: Actor, assignment: AssignmentRow): AttachmentView {
  const writer = actor.role === 'focal_point' || actor.role === 'approver' || actor.role === 'admin';
  return {
    id: r.id,
    progressId: r.progress_id,
    fileName: r.file_name,
    mediaType: r.media_type as AttachmentMediaType,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
    removable:
      writer &&
      !mayChangeAttachments({ state: assignment.state, unitId: assignment.unit_id }, actor.unitId).refused,
  };
}
