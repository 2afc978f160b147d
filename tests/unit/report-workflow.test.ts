/**
 * decideReportAction (docs/decisions/0006): every role × action × state × unit × month window against
 * the rules written out independently below, the kind of each refusal (forbidden: never allowed → 403;
 * conflict: not now → 409) and its Thai and English reason.
 */
import { describe, expect, it } from 'vitest';
import {
  COUNTED_STATES,
  decideReportAction,
  REPORT_ACTIONS,
  REPORT_STATES,
  type ActionFacts,
  type MonthWindow,
  type ReportAction,
  type ReportState,
} from '../../src/domain/monitoring';
import { ROLES, type Role } from '../../src/shared/limits';

const OPEN: MonthWindow = { open: true, locked: false };
const NOT_OPEN: MonthWindow = { open: false, locked: false };
const LOCKED: MonthWindow = { open: true, locked: true };
const WINDOWS = { open: OPEN, 'not open': NOT_OPEN, locked: LOCKED } as const;
const STATES: (ReportState | null)[] = [null, ...REPORT_STATES];

const THAI = /[\u0E00-\u0E7F]/;

/** Who may ever do what (docs/decisions/0006). */
const MAY: Record<ReportAction, readonly Role[]> = {
  save: ['focal_point', 'admin'],
  submit: ['focal_point', 'admin'],
  approve: ['approver'],
  accept: ['admin'],
  return: ['approver', 'admin'],
};

/** From which states each role's action moves the report, and to where. */
function transition(role: Role, action: ReportAction, state: ReportState | null): ReportState | null {
  switch (action) {
    case 'save':
    case 'submit':
      if (role === 'admin') return state === 'accepted' ? null : 'accepted';
      return state === null || state === 'draft' || state === 'returned'
        ? action === 'save'
          ? 'draft'
          : 'submitted'
        : null;
    case 'approve':
      return state === 'submitted' ? 'approved' : null;
    case 'accept':
      return state === 'approved' ? 'accepted' : null;
    case 'return':
      if (role === 'approver') return state === 'submitted' ? 'returned' : null;
      return state === 'submitted' || state === 'approved' || state === 'accepted' ? 'returned' : null;
  }
}

type Why = 'no right' | 'not your unit' | 'not open' | 'locked' | 'state';
type Expected = { ok: true; next: ReportState } | { ok: false; kind: 'forbidden' | 'conflict'; why: Why };

/** The rules, written out from the decision record rather than read from the implementation. */
function expected(f: ActionFacts): Expected {
  // Who may ever do what comes first, then whose project it is (both 403), then state and month (409).
  if (!MAY[f.action].includes(f.role)) return { ok: false, kind: 'forbidden', why: 'no right' };
  if (f.role !== 'admin' && !f.ownUnit) return { ok: false, kind: 'forbidden', why: 'not your unit' };
  // An accepted report is locked for everything but a return; said before the month window.
  if (f.state === 'accepted' && f.action !== 'return') return { ok: false, kind: 'conflict', why: 'state' };
  if (f.role !== 'admin' && !f.month.open) return { ok: false, kind: 'conflict', why: 'not open' };
  if (f.role !== 'admin' && f.month.locked) return { ok: false, kind: 'conflict', why: 'locked' };
  const next = transition(f.role, f.action, f.state);
  return next === null ? { ok: false, kind: 'conflict', why: 'state' } : { ok: true, next };
}

const ACTION_EN: Record<ReportAction, string> = {
  save: 'save reports',
  submit: 'submit reports',
  approve: 'approve reports',
  accept: 'accept reports (central office only)',
  return: 'return reports',
};
const STATE_EN: Record<ReportState, string> = {
  draft: 'is still a draft',
  submitted: 'is waiting for the agency approver',
  approved: 'is waiting for the central office',
  accepted: 'has been accepted and is locked',
  returned: 'was returned for correction',
};

function expectedReasonEn(f: ActionFacts, why: Why): string {
  switch (why) {
    case 'no right':
      return `Your role may not ${ACTION_EN[f.action]}`;
    case 'not your unit':
      return 'This project belongs to another unit';
    case 'not open':
      return 'This month is not open for reporting';
    case 'locked':
      return 'This month is closed (past its deadline); ask the central office for an exception';
    case 'state':
      return f.state === null
        ? 'There is no report for this month yet'
        : `Cannot ${f.action}: this report ${STATE_EN[f.state]}`;
  }
}

/** Over an accepted report, a role that may never do the action is still told 403, not 409. */
const neverAllowedOverAccepted = (f: ActionFacts) =>
  f.state === 'accepted' &&
  f.action !== 'return' &&
  f.role !== 'viewer' &&
  f.role !== 'staff' && // like the viewer, staff have no monitoring right at all
  (f.role === 'admin' || f.ownUnit) &&
  !MAY[f.action].includes(f.role);

function allFacts(role: Role, action: ReportAction): ActionFacts[] {
  const facts: ActionFacts[] = [];
  for (const state of STATES)
    for (const ownUnit of [true, false])
      for (const month of Object.values(WINDOWS)) facts.push({ role, action, state, ownUnit, month });
  return facts;
}

const label = (f: ActionFacts) =>
  `${f.role} ${f.action} state=${f.state} ownUnit=${f.ownUnit} month=${
    Object.entries(WINDOWS).find(([, w]) => w === f.month)![0]
  }`;

describe('decideReportAction: the whole matrix', () => {
  const pairs = ROLES.flatMap((role) => REPORT_ACTIONS.map((action) => [role, action] as const));

  it('covers 5 roles × 5 actions × 6 states × 2 units × 3 month windows', () => {
    expect(pairs).toHaveLength(25);
    expect(pairs.flatMap(([r, a]) => allFacts(r, a))).toHaveLength(900);
  });

  it.each(pairs)('%s × %s: outcome, kind and reason in Thai and English', (role, action) => {
    for (const f of allFacts(role, action)) {
      const want = expected(f);
      const got = decideReportAction(f);
      if (want.ok) {
        expect(got, label(f)).toEqual({ ok: true, next: want.next });
      } else {
        expect(got.ok, label(f)).toBe(false);
        if (got.ok) continue;
        expect(got.kind, label(f)).toBe(want.kind);
        expect(got.reason.en, label(f)).toBe(expectedReasonEn(f, want.why));
        expect(got.reason.th, label(f)).toMatch(THAI);
        expect(got.reason.th.trim(), label(f)).not.toBe('');
      }
    }
  });

  it('every refusal carries a different Thai text for a different English one', () => {
    const byEn = new Map<string, Set<string>>();
    for (const [role, action] of pairs) {
      for (const f of allFacts(role, action)) {
        const d = decideReportAction(f);
        if (d.ok) continue;
        byEn.set(d.reason.en, (byEn.get(d.reason.en) ?? new Set()).add(d.reason.th));
      }
    }
    for (const [en, th] of byEn) expect([...th], en).toHaveLength(1);
    expect(new Set([...byEn.values()].map((s) => [...s][0])).size).toBe(byEn.size);
  });

  const bugCases = pairs
    .flatMap(([role, action]) => allFacts(role, action))
    .filter((f) => neverAllowedOverAccepted(f) && f.month === OPEN && f.ownUnit);

  it('the cases of the precedence bug are: focal point approve/accept, approver save/submit/accept, admin approve', () => {
    expect(bugCases.map((f) => `${f.role} ${f.action}`)).toEqual([
      'admin approve',
      'focal_point approve',
      'focal_point accept',
      'approver save',
      'approver submit',
      'approver accept',
    ]);
  });

  it.each(bugCases.map((f) => [label(f), f] as const))(
    'never allowed is forbidden even over an accepted report: %s',
    (_label, f) => {
      const got = decideReportAction(f);
      expect(got).toMatchObject({ ok: false, kind: 'forbidden' });
    },
  );
});

describe('decideReportAction: the path of one report', () => {
  const facts = (role: Role, action: ReportAction, state: ReportState | null, month = OPEN): ActionFacts => ({
    role,
    action,
    state,
    ownUnit: true,
    month,
  });

  it('draft → submitted → returned → submitted → approved → accepted → (centre) returned', () => {
    expect(decideReportAction(facts('focal_point', 'save', null))).toEqual({ ok: true, next: 'draft' });
    expect(decideReportAction(facts('focal_point', 'save', 'draft'))).toEqual({ ok: true, next: 'draft' });
    expect(decideReportAction(facts('focal_point', 'submit', 'draft'))).toEqual({
      ok: true,
      next: 'submitted',
    });
    expect(decideReportAction(facts('approver', 'return', 'submitted'))).toEqual({
      ok: true,
      next: 'returned',
    });
    expect(decideReportAction(facts('focal_point', 'submit', 'returned'))).toEqual({
      ok: true,
      next: 'submitted',
    });
    expect(decideReportAction(facts('approver', 'approve', 'submitted'))).toEqual({
      ok: true,
      next: 'approved',
    });
    expect(decideReportAction(facts('admin', 'accept', 'approved'))).toEqual({ ok: true, next: 'accepted' });
    expect(decideReportAction(facts('admin', 'return', 'accepted'))).toEqual({ ok: true, next: 'returned' });
  });

  it('the centre may return at every step after submission, the approver only a submitted report', () => {
    for (const state of ['submitted', 'approved', 'accepted'] as const) {
      expect(decideReportAction(facts('admin', 'return', state))).toEqual({ ok: true, next: 'returned' });
    }
    for (const state of ['approved', 'accepted'] as const) {
      expect(decideReportAction(facts('approver', 'return', state))).toMatchObject({
        ok: false,
        kind: 'conflict',
      });
    }
  });

  it("the centre's own entry is accepted at once, whatever the month, unless the report is accepted", () => {
    for (const month of [OPEN, NOT_OPEN, LOCKED]) {
      for (const action of ['save', 'submit'] as const) {
        for (const state of [null, 'draft', 'submitted', 'approved', 'returned'] as const) {
          expect(decideReportAction({ ...facts('admin', action, state, month), ownUnit: false })).toEqual({
            ok: true,
            next: 'accepted',
          });
        }
      }
    }
    expect(decideReportAction(facts('admin', 'submit', 'accepted'))).toEqual({
      ok: false,
      kind: 'conflict',
      reason: {
        th: 'ส่งรายงานไม่ได้ เพราะรายงานนี้ได้รับการรับรองแล้วและถูกล็อก',
        en: 'Cannot submit: this report has been accepted and is locked',
      },
    });
  });

  it('the centre accepts and returns in a locked or unopened month; agencies may not', () => {
    for (const month of [NOT_OPEN, LOCKED]) {
      expect(decideReportAction(facts('admin', 'accept', 'approved', month))).toEqual({
        ok: true,
        next: 'accepted',
      });
      expect(decideReportAction(facts('admin', 'return', 'approved', month))).toEqual({
        ok: true,
        next: 'returned',
      });
      for (const [role, action, state] of [
        ['focal_point', 'submit', 'draft'],
        ['focal_point', 'save', null],
        ['approver', 'approve', 'submitted'],
        ['approver', 'return', 'submitted'],
      ] as const) {
        expect(decideReportAction(facts(role, action, state, month))).toMatchObject({
          ok: false,
          kind: 'conflict',
        });
      }
    }
  });

  it('a month not open is said before a locked one', () => {
    expect(decideReportAction(facts('focal_point', 'submit', null, { open: false, locked: true }))).toEqual({
      ok: false,
      kind: 'conflict',
      reason: { th: 'เดือนนี้ยังไม่เปิดให้รายงาน', en: 'This month is not open for reporting' },
    });
  });
});

describe('decideReportAction: the reasons, word for word', () => {
  it.each([
    [
      'not your unit (403)',
      { role: 'focal_point', action: 'submit', state: null, ownUnit: false, month: OPEN },
      'forbidden',
      { th: 'โครงการนี้เป็นของหน่วยงานอื่น', en: 'This project belongs to another unit' },
    ],
    [
      'a viewer (403)',
      { role: 'viewer', action: 'save', state: null, ownUnit: true, month: OPEN },
      'forbidden',
      { th: 'ท่านไม่มีสิทธิ์บันทึกรายงาน', en: 'Your role may not save reports' },
    ],
    [
      'an approver submitting (403)',
      { role: 'approver', action: 'submit', state: null, ownUnit: true, month: OPEN },
      'forbidden',
      { th: 'ท่านไม่มีสิทธิ์ส่งรายงาน', en: 'Your role may not submit reports' },
    ],
    [
      'a focal point approving (403)',
      { role: 'focal_point', action: 'approve', state: 'submitted', ownUnit: true, month: OPEN },
      'forbidden',
      { th: 'ท่านไม่มีสิทธิ์อนุมัติรายงาน', en: 'Your role may not approve reports' },
    ],
    [
      'an approver accepting (403)',
      { role: 'approver', action: 'accept', state: 'approved', ownUnit: true, month: OPEN },
      'forbidden',
      {
        th: 'ท่านไม่มีสิทธิ์รับรองรายงาน (เฉพาะสำนักงาน ก.ก.)',
        en: 'Your role may not accept reports (central office only)',
      },
    ],
    [
      'a focal point returning (403)',
      { role: 'focal_point', action: 'return', state: 'submitted', ownUnit: true, month: OPEN },
      'forbidden',
      { th: 'ท่านไม่มีสิทธิ์ส่งรายงานกลับให้แก้ไข', en: 'Your role may not return reports' },
    ],
    [
      'month not open (409)',
      { role: 'focal_point', action: 'submit', state: null, ownUnit: true, month: NOT_OPEN },
      'conflict',
      { th: 'เดือนนี้ยังไม่เปิดให้รายงาน', en: 'This month is not open for reporting' },
    ],
    [
      'month locked (409)',
      { role: 'approver', action: 'approve', state: 'submitted', ownUnit: true, month: LOCKED },
      'conflict',
      {
        th: 'เดือนนี้ปิดรับรายงานแล้ว (เลยกำหนด) ติดต่อสำนักงาน ก.ก. เพื่อขอผ่อนผัน',
        en: 'This month is closed (past its deadline); ask the central office for an exception',
      },
    ],
    [
      'waiting for approval (409)',
      { role: 'focal_point', action: 'submit', state: 'submitted', ownUnit: true, month: OPEN },
      'conflict',
      {
        th: 'ส่งรายงานไม่ได้ เพราะรายงานนี้รอหัวหน้าหน่วยงานอนุมัติ',
        en: 'Cannot submit: this report is waiting for the agency approver',
      },
    ],
    [
      'waiting for the centre (409)',
      { role: 'focal_point', action: 'save', state: 'approved', ownUnit: true, month: OPEN },
      'conflict',
      {
        th: 'บันทึกรายงานไม่ได้ เพราะรายงานนี้รอสำนักงาน ก.ก. รับรอง',
        en: 'Cannot save: this report is waiting for the central office',
      },
    ],
    [
      'accepted and locked (409)',
      { role: 'focal_point', action: 'submit', state: 'accepted', ownUnit: true, month: OPEN },
      'conflict',
      {
        th: 'ส่งรายงานไม่ได้ เพราะรายงานนี้ได้รับการรับรองแล้วและถูกล็อก',
        en: 'Cannot submit: this report has been accepted and is locked',
      },
    ],
    [
      'approving a draft (409)',
      { role: 'approver', action: 'approve', state: 'draft', ownUnit: true, month: OPEN },
      'conflict',
      {
        th: 'อนุมัติรายงานไม่ได้ เพราะรายงานนี้ยังเป็นร่าง',
        en: 'Cannot approve: this report is still a draft',
      },
    ],
    [
      'nothing to review (409)',
      { role: 'approver', action: 'approve', state: null, ownUnit: true, month: OPEN },
      'conflict',
      { th: 'ยังไม่มีรายงานของเดือนนี้', en: 'There is no report for this month yet' },
    ],
  ] as const)('%s', (_name, facts, kind, reason) => {
    expect(decideReportAction(facts as ActionFacts)).toEqual({ ok: false, kind, reason });
  });

  it('accepting what is not approved (409)', () => {
    const got = decideReportAction({
      role: 'admin',
      action: 'accept',
      state: 'returned',
      ownUnit: false,
      month: OPEN,
    });
    expect(got).toMatchObject({
      ok: false,
      kind: 'conflict',
      reason: { en: 'Cannot accept: this report was returned for correction' },
    });
    // The Thai reason is built from the action's words, which carry "(เฉพาะสำนักงาน ก.ก.)" in the middle
    // of the sentence; only its end is pinned down here.
    expect(!got.ok && got.reason.th).toMatch(/ไม่ได้ เพราะรายงานนี้ถูกส่งกลับให้แก้ไข$/);
  });
});

describe('COUNTED_STATES', () => {
  it('submitted basis counts everything sent up; accepted basis only accepted reports', () => {
    expect(COUNTED_STATES).toEqual({
      submitted: ['submitted', 'approved', 'accepted'],
      accepted: ['accepted'],
    });
  });
});
