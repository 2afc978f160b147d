/**
 * The review path of a monthly report: draft → submitted (focal point) → approved (agency approver)
 * → accepted (centre), or returned with a comment at either step. Pure rules: the server gathers the
 * facts (role, unit, state, month window) and asks; every refusal says why in words a user understands.
 */
import type { Role } from '../../shared/limits';

export const REPORT_STATES = ['draft', 'submitted', 'approved', 'accepted', 'returned'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_ACTIONS = ['save', 'submit', 'approve', 'accept', 'return'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** States that count in the summary, by basis: everything submitted, or accepted reports only. */
export const SUMMARY_BASES = ['submitted', 'accepted'] as const;
export type SummaryBasis = (typeof SUMMARY_BASES)[number];
export const COUNTED_STATES: Record<SummaryBasis, readonly ReportState[]> = {
  submitted: ['submitted', 'approved', 'accepted'],
  accepted: ['accepted'],
};

export interface MonthWindow {
  /** The centre has opened the month for reporting. */
  open: boolean;
  /** Past its deadline plus the lock days, with no exception for this unit. */
  locked: boolean;
}

export interface ActionFacts {
  action: ReportAction;
  role: Role;
  /** The project belongs to the actor's unit. */
  ownUnit: boolean;
  /** State of the current report of this project and month; null when there is none. */
  state: ReportState | null;
  month: MonthWindow;
}

export interface Bilingual {
  th: string;
  en: string;
}

/** forbidden: this person may never do it; conflict: not now, in this state or month. */
export type Decision =
  { ok: true; next: ReportState } | { ok: false; kind: 'forbidden' | 'conflict'; reason: Bilingual };

const refuse = (th: string, en: string, kind: 'forbidden' | 'conflict' = 'conflict'): Decision => ({
  ok: false,
  kind,
  reason: { th, en },
});

const NOT_YOUR_UNIT = refuse('โครงการนี้เป็นของหน่วยงานอื่น', 'This project belongs to another unit', 'forbidden');
const NO_RIGHT = (what: Bilingual) =>
  refuse(`ท่านไม่มีสิทธิ์${what.th}`, `Your role may not ${what.en}`, 'forbidden');

const ACTION_WORDS: Record<ReportAction, Bilingual> = {
  save: { th: 'บันทึกรายงาน', en: 'save reports' },
  submit: { th: 'ส่งรายงาน', en: 'submit reports' },
  approve: { th: 'อนุมัติรายงาน', en: 'approve reports' },
  accept: { th: 'รับรองรายงาน (เฉพาะสำนักงาน ก.ก.)', en: 'accept reports (central office only)' },
  return: { th: 'ส่งรายงานกลับให้แก้ไข', en: 'return reports' },
};

const STATE_WORDS: Record<ReportState, Bilingual> = {
  draft: { th: 'ยังเป็นร่าง', en: 'is still a draft' },
  submitted: { th: 'รอหัวหน้าหน่วยงานอนุมัติ', en: 'is waiting for the agency approver' },
  approved: { th: 'รอสำนักงาน ก.ก. รับรอง', en: 'is waiting for the central office' },
  accepted: { th: 'ได้รับการรับรองแล้วและถูกล็อก', en: 'has been accepted and is locked' },
  returned: { th: 'ถูกส่งกลับให้แก้ไข', en: 'was returned for correction' },
};

const MAY_EVER: Record<ReportAction, readonly Role[]> = {
  save: ['focal_point', 'admin'],
  submit: ['focal_point', 'admin'],
  approve: ['approver'],
  accept: ['admin'],
  return: ['approver', 'admin'],
};

const VERB_TH: Record<ReportAction, string> = {
  save: 'บันทึก',
  submit: 'ส่ง',
  approve: 'อนุมัติ',
  accept: 'รับรอง',
  return: 'ส่งกลับ',
};

function wrongState(state: ReportState | null, action: ReportAction): Decision {
  if (state === null) return refuse('ยังไม่มีรายงานของเดือนนี้', 'There is no report for this month yet');
  const s = STATE_WORDS[state];
  const a = ACTION_WORDS[action];
  return refuse(
    `${VERB_TH[action]}รายงานไม่ได้ เพราะรายงานนี้${s.th}`,
    `Cannot ${a.en.replace(/ reports.*$/, '')}: this report ${s.en}`,
  );
}

/** Agencies work only inside an open, unlocked month; the centre is not bound by the window. */
function monthRefusal(facts: ActionFacts): Decision | null {
  if (facts.role === 'admin') return null;
  if (!facts.month.open) {
    return refuse('เดือนนี้ยังไม่เปิดให้รายงาน', 'This month is not open for reporting');
  }
  if (facts.month.locked) {
    return refuse(
      'เดือนนี้ปิดรับรายงานแล้ว (เลยกำหนด) ติดต่อสำนักงาน ก.ก. เพื่อขอผ่อนผัน',
      'This month is closed (past its deadline); ask the central office for an exception',
    );
  }
  return null;
}

export function decideReportAction(facts: ActionFacts): Decision {
  const { action, role, state } = facts;
  // Who may ever do what comes first (403), then whose project (403), then state and month (409).
  if (!MAY_EVER[action].includes(role)) return NO_RIGHT(ACTION_WORDS[action]);
  if (role !== 'admin' && !facts.ownUnit) return NOT_YOUR_UNIT;
  if (state === 'accepted' && action !== 'return') return wrongState(state, action);
  switch (action) {
    case 'save':
    case 'submit': {
      if (role !== 'focal_point' && role !== 'admin') return NO_RIGHT(ACTION_WORDS[action]);
      const window = monthRefusal(facts);
      if (window) return window;
      // Once sent up, the focal point waits: the reviewer returns it if it needs changing.
      if (role === 'focal_point' && (state === 'submitted' || state === 'approved'))
        return wrongState(state, action);
      if (role === 'admin') return { ok: true, next: 'accepted' }; // the centre records on an agency's behalf
      return { ok: true, next: action === 'save' ? 'draft' : 'submitted' };
    }
    case 'approve': {
      if (role !== 'approver') return NO_RIGHT(ACTION_WORDS.approve);
      const window = monthRefusal(facts);
      if (window) return window;
      return state === 'submitted' ? { ok: true, next: 'approved' } : wrongState(state, action);
    }
    case 'accept':
      if (role !== 'admin') return NO_RIGHT(ACTION_WORDS.accept);
      return state === 'approved' ? { ok: true, next: 'accepted' } : wrongState(state, action);
    case 'return':
      if (role === 'approver') {
        const window = monthRefusal(facts);
        if (window) return window;
        return state === 'submitted' ? { ok: true, next: 'returned' } : wrongState(state, action);
      }
      if (role === 'admin') {
        return state === 'submitted' || state === 'approved' || state === 'accepted'
          ? { ok: true, next: 'returned' }
          : wrongState(state, action);
      }
      return NO_RIGHT(ACTION_WORDS.return);
  }
}
