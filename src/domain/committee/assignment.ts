/**
 * The lifecycle of an assignment (a unit asked by a resolution to act and report back):
 *
 *   open → progress_reported → closing_proposed → closed (at a meeting)
 *
 * Progress may be reported any number of times until the assignment is closed; a report may propose closing.
 * Only the secretariat closes, at a meeting held after the resolution's, and only what was proposed for closing.
 */
export const ASSIGNMENT_STATES = ['open', 'progress_reported', 'closing_proposed', 'closed'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export const STATE_LABEL: Record<AssignmentState, string> = {
  open: 'ยังไม่รายงาน',
  progress_reported: 'รายงานความคืบหน้าแล้ว',
  closing_proposed: 'เสนอปิดเรื่อง',
  closed: 'ปิดเรื่องแล้ว',
};

export interface Refusal {
  refused: true;
  code: 'closed' | 'other_unit' | 'not_proposed' | 'meeting_too_early' | 'empty_text';
  th: string;
  en: string;
}
export interface Allowed {
  refused: false;
  state: AssignmentState;
}
export type Decision = Allowed | Refusal;

const refuse = (code: Refusal['code'], th: string, en: string): Refusal => ({ refused: true, code, th, en });

/** A unit reports progress on its own assignment (and may propose closing it). */
export function reportProgress(
  assignment: { state: AssignmentState; unitId: number },
  report: { unitId: number | null; text: string; proposesClosing: boolean },
): Decision {
  if (assignment.state === 'closed')
    return refuse('closed', 'เรื่องนี้ปิดแล้ว รายงานเพิ่มไม่ได้', 'This assignment is closed: no more progress');
  if (report.unitId !== assignment.unitId)
    return refuse(
      'other_unit',
      'รายงานได้เฉพาะเรื่องที่มอบหมายให้หน่วยงานของท่าน',
      'Only the assigned unit reports on this assignment',
    );
  if (report.text.trim() === '')
    return refuse('empty_text', 'กรุณากรอกความคืบหน้า', 'The progress text is empty');
  return { refused: false, state: report.proposesClosing ? 'closing_proposed' : 'progress_reported' };
}

/**
 * The secretariat closes an assignment at a meeting: it must have been proposed for closing, and the meeting
 * must come after the one that made the resolution (dates as YYYY-MM-DD).
 */
export function closeAtMeeting(
  assignment: { state: AssignmentState; resolutionMeetingDate: string },
  meeting: { heldOn: string },
): Decision {
  if (assignment.state === 'closed')
    return refuse('closed', 'เรื่องนี้ปิดแล้ว', 'This assignment is already closed');
  if (assignment.state !== 'closing_proposed')
    return refuse(
      'not_proposed',
      'หน่วยงานยังไม่ได้เสนอปิดเรื่องนี้',
      'The assigned unit has not proposed closing this assignment',
    );
  if (meeting.heldOn <= assignment.resolutionMeetingDate)
    return refuse(
      'meeting_too_early',
      'ปิดเรื่องได้ในการประชุมครั้งหลังจากที่มีมติเท่านั้น',
      'An assignment is closed at a meeting held after the one that made the resolution',
    );
  return { refused: false, state: 'closed' };
}
