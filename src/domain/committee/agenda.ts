/** The committee's vocabulary: agenda kinds in the standard order, resolution kinds, what comes back. */

/** Agenda kinds in the order every meeting of the sub-committee follows (seeds 000–003). */
export const AGENDA_KINDS = [
  'chair',
  'certify',
  'carried_over',
  'for_information',
  'for_consideration',
  'other',
  'schedule',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const AGENDA_LABEL: Record<AgendaKind, string> = {
  chair: 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ',
  certify: 'เรื่องรับรองรายงานการประชุม',
  carried_over: 'เรื่องสืบเนื่อง',
  for_information: 'เรื่องเพื่อทราบ',
  for_consideration: 'เรื่องเพื่อพิจารณา',
  other: 'เรื่องอื่น ๆ',
  schedule: 'เรื่องกำหนดวันประชุม',
};

export const RESOLUTION_KINDS = [
  'acknowledge',
  'certify',
  'approve',
  'assign',
  'revise_return',
  'other',
] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

export const RESOLUTION_LABEL: Record<ResolutionKind, string> = {
  acknowledge: 'รับทราบ',
  certify: 'รับรอง',
  approve: 'เห็นชอบ',
  assign: 'มอบหมาย',
  revise_return: 'ให้นำไปปรับปรุงแล้วนำเสนออีกครั้ง',
  other: 'อื่น ๆ',
};

export const RETURN_KINDS = ['report_for_information', 'submit_for_consideration'] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];

export const RETURN_LABEL: Record<ReturnKind, string> = {
  report_for_information: 'รายงาน อ.ก.ก. เพื่อทราบ',
  submit_for_consideration: 'นำเสนอ อ.ก.ก. เพื่อพิจารณา',
};

export const LINK_KINDS = [
  'plan',
  'target',
  'strategy',
  'project',
  'key_result',
  'development_plan',
  'career_path',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * Agenda items must follow the standard order: an item's kind never comes before the previous item's kind
 * (several items of one kind may follow each other). Returns the index of the first item out of order, or -1.
 */
export function firstOutOfOrder(kinds: readonly AgendaKind[]): number {
  for (let i = 1; i < kinds.length; i++) {
    if (AGENDA_KINDS.indexOf(kinds[i]!) < AGENDA_KINDS.indexOf(kinds[i - 1]!)) return i;
  }
  return -1;
}
