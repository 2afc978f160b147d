/** The committee's assignment lifecycle and its refusals, the agenda order and Thai search tokens. */
import { describe, expect, it } from 'vitest';
import { closeAtMeeting, firstOutOfOrder, reportProgress, searchTokens } from '../../src/domain/committee';

const A = { state: 'open' as const, unitId: 7 };

describe('reporting progress', () => {
  it('moves an open assignment to progress_reported, or closing_proposed when it proposes closing', () => {
    expect(reportProgress(A, { unitId: 7, text: 'ดำเนินการแล้ว', proposesClosing: false })).toEqual({
      refused: false,
      state: 'progress_reported',
    });
    expect(reportProgress(A, { unitId: 7, text: 'เสร็จแล้ว', proposesClosing: true })).toEqual({
      refused: false,
      state: 'closing_proposed',
    });
  });

  it('lets a unit withdraw a proposal by reporting again without proposing', () => {
    const d = reportProgress(
      { state: 'closing_proposed', unitId: 7 },
      { unitId: 7, text: 'ยังไม่เสร็จ', proposesClosing: false },
    );
    expect(d).toEqual({ refused: false, state: 'progress_reported' });
  });

  it('refuses a report on a closed assignment', () => {
    const d = reportProgress(
      { state: 'closed', unitId: 7 },
      { unitId: 7, text: 'x', proposesClosing: false },
    );
    expect(d.refused && d.code).toBe('closed');
  });

  it("refuses a unit reporting on another unit's assignment, and a user without a unit", () => {
    const other = reportProgress(A, { unitId: 8, text: 'x', proposesClosing: false });
    expect(other.refused && other.code).toBe('other_unit');
    const none = reportProgress(A, { unitId: null, text: 'x', proposesClosing: false });
    expect(none.refused && none.code).toBe('other_unit');
  });

  it('refuses an empty report', () => {
    const d = reportProgress(A, { unitId: 7, text: '   ', proposesClosing: true });
    expect(d.refused && d.code).toBe('empty_text');
  });
});

describe('closing at a meeting', () => {
  const proposed = { state: 'closing_proposed' as const, resolutionMeetingDate: '2023-06-21' };

  it('closes a proposed assignment at a later meeting', () => {
    expect(closeAtMeeting(proposed, { heldOn: '2023-07-26' })).toEqual({ refused: false, state: 'closed' });
  });

  it('refuses closing what was not proposed (open or only reported)', () => {
    for (const state of ['open', 'progress_reported'] as const) {
      const d = closeAtMeeting({ ...proposed, state }, { heldOn: '2023-07-26' });
      expect(d.refused && d.code).toBe('not_proposed');
    }
  });

  it('refuses closing twice', () => {
    const d = closeAtMeeting({ ...proposed, state: 'closed' }, { heldOn: '2023-07-26' });
    expect(d.refused && d.code).toBe('closed');
  });

  it('refuses a meeting on or before the resolution meeting (the boundary day included)', () => {
    const same = closeAtMeeting(proposed, { heldOn: '2023-06-21' });
    expect(same.refused && same.code).toBe('meeting_too_early');
    const before = closeAtMeeting(proposed, { heldOn: '2023-05-16' });
    expect(before.refused && before.code).toBe('meeting_too_early');
    expect(closeAtMeeting(proposed, { heldOn: '2023-06-22' }).refused).toBe(false);
  });
});

describe('agenda order', () => {
  it('accepts the standard order with repeated kinds and finds the first item out of order', () => {
    expect(
      firstOutOfOrder([
        'chair',
        'certify',
        'carried_over',
        'for_consideration',
        'for_consideration',
        'other',
        'schedule',
      ]),
    ).toBe(-1);
    expect(firstOutOfOrder(['chair', 'for_consideration', 'certify', 'schedule'])).toBe(2);
    expect(firstOutOfOrder([])).toBe(-1);
  });
});

describe('Thai search tokens', () => {
  it('cuts Thai into words, drops punctuation, lower-cases Latin and reads Thai digits', () => {
    const tokens = searchTokens('ปรับปรุงแผนปฏิบัติการ (Action Plan) ปี ๒๕๖๔');
    expect(tokens).toContain('ปรับปรุง');
    expect(tokens).toContain('แผน');
    expect(tokens).toContain('action');
    expect(tokens).toContain('plan');
    expect(tokens).toContain('2564');
    expect(tokens).not.toContain('(');
    expect(tokens).not.toContain(' ');
  });

  it('segments a query the same way as the stored text', () => {
    const stored = new Set(searchTokens('มอบหมายให้สำนักงาน ก.ก. นำไปปรับปรุงตามข้อเสนอแนะ'));
    for (const word of searchTokens('ข้อเสนอแนะ ปรับปรุง')) expect(stored.has(word)).toBe(true);
  });
});
