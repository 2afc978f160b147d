/**
 * The year's cycle of an agency's submission (form HRD of the year), pure: draft → submitted → returned
 * (with the institute's comment) → submitted … → accepted. The agency edits its projects only while the
 * submission is draft or returned; the institute decides only a submitted one. Lateness is judged against the
 * year's submission deadline: submitted after it, or still not submitted once it has passed.
 */
export type SubmissionState = 'draft' | 'submitted' | 'returned' | 'accepted';
export type SubmissionAction = 'submit' | 'return' | 'accept';

export type Refusal = { refused: true; th: string; en: string };
export type Decision = { refused: false; next: SubmissionState } | Refusal;

const STATE_TH: Record<SubmissionState, string> = {
  draft: 'ร่าง',
  submitted: 'ส่งแล้ว',
  returned: 'ส่งคืนแก้ไข',
  accepted: 'รับแล้ว',
};

/** Whether the agency may still add, edit or delete its projects. */
export function canEditProjects(state: SubmissionState): boolean {
  return state === 'draft' || state === 'returned';
}

export function editRefusal(state: SubmissionState): Refusal {
  return {
    refused: true,
    th: `แก้ไขโครงการไม่ได้ เพราะแบบเสนอโครงการอยู่ในสถานะ "${STATE_TH[state]}" (แก้ไขได้เมื่อเป็นร่างหรือถูกส่งคืน)`,
    en: `The projects cannot be changed: the submission is ${state} (only a draft or returned one can be edited)`,
  };
}

const FROM: Record<SubmissionAction, { from: SubmissionState[]; next: SubmissionState }> = {
  submit: { from: ['draft', 'returned'], next: 'submitted' },
  return: { from: ['submitted'], next: 'returned' },
  accept: { from: ['submitted'], next: 'accepted' },
};

export function transition(state: SubmissionState, action: SubmissionAction): Decision {
  const rule = FROM[action];
  if (rule.from.includes(state)) return { refused: false, next: rule.next };
  const verb = { submit: 'ส่ง', return: 'ส่งคืน', accept: 'รับ' }[action];
  return {
    refused: true,
    th: `${verb}แบบเสนอโครงการไม่ได้ เพราะอยู่ในสถานะ "${STATE_TH[state]}"`,
    en: `Cannot ${action} the submission: it is ${state}`,
  };
}

/**
 * Late against the deadline (ISO dates, the deadline day included): first submitted after the deadline, or
 * never submitted while today is past it. A submission returned after an on-time first submission is not
 * late (the institute's return does not make the agency late). No deadline: never late.
 */
export function submissionLate(
  deadline: string | null,
  firstSubmittedOn: string | null,
  today: string,
): boolean {
  if (deadline === null) return false;
  return firstSubmittedOn !== null ? firstSubmittedOn > deadline : today > deadline;
}
