/** The attention rules of src/domain/monitoring/attention-flags.ts, each kind at its exact boundary. */
import { describe, expect, it } from 'vitest';
import {
  attentionDate,
  attentionFlags,
  expectedStart,
  isProblemOverdue,
  type AttentionKind,
  type AttentionProjectFacts,
  type AttentionReport,
} from '../../src/domain/monitoring/attention-flags';
import type { ProjectStatus } from '../../src/domain/monitoring';

/** A healthy project: owned, running 2566 only, budgeted, moving every month, nothing pending. */
const healthy = (over: Partial<AttentionProjectFacts> = {}): AttentionProjectFacts => ({
  ownerUnitId: 7,
  fiscalYearFrom: 2566,
  fiscalYearTo: 2566,
  startDate: '2022-10-01',
  endDate: '2023-09-30',
  budget: '100000.00',
  reports: [
    { period: '2566-03', status: 'in_progress', percent: '10.00' },
    { period: '2566-04', status: 'in_progress', percent: '20.00' },
    { period: '2566-05', status: 'in_progress', percent: '30.00' },
  ],
  predecessors: [],
  problems: [],
  ...over,
});
const MAY_END = '2023-05-31'; // the last day of 2566-05

const kinds = (facts: AttentionProjectFacts, today = MAY_END, noProgressMonths = 3) =>
  attentionFlags(facts, today, { noProgressMonths }).map((f) => f.kind);
const flagOf = (kind: AttentionKind, facts: AttentionProjectFacts, today = MAY_END, n = 3) =>
  attentionFlags(facts, today, { noProgressMonths: n }).find((f) => f.kind === kind);
const monthly = (percents: Record<string, string | null>, status: ProjectStatus = 'in_progress') =>
  Object.entries(percents).map(([period, percent]): AttentionReport => ({ period, status, percent }));

describe('a healthy project', () => {
  it('has no flag', () => {
    expect(kinds(healthy())).toEqual([]);
  });
});

describe('completed and cancelled projects need no follow-up', () => {
  it.each(['completed', 'cancelled'] as const)(
    '%s: no flag even when every fact would raise one',
    (status) => {
      const facts = healthy({
        ownerUnitId: null,
        endDate: '2023-01-31',
        budget: null,
        fiscalYearTo: 2567,
        predecessors: [{ code: 'P0-01', status: null }],
        problems: [{ period: '2566-05', severity: 'high', status: 'open', dueDate: '2023-01-01' }],
        reports: [
          { period: '2566-04', status: 'in_progress', percent: '50.00' },
          { period: '2566-05', status, percent: status === 'completed' ? '100.00' : '50.00' },
        ],
      });
      expect(kinds(facts)).toEqual([]);
    },
  );

  it('a completion reported after the as-of month does not count yet', () => {
    const facts = healthy({
      ownerUnitId: null,
      reports: [...healthy().reports, { period: '2566-06', status: 'completed', percent: '100.00' }],
    });
    expect(kinds(facts)).toEqual(['no_owner']);
  });
});

describe('no_owner', () => {
  it('no owner unit → ไม่มีหน่วยงานรับผิดชอบ', () => {
    expect(flagOf('no_owner', healthy({ ownerUnitId: null }))?.reason).toEqual({
      th: 'ไม่มีหน่วยงานรับผิดชอบ',
      en: 'No unit is responsible for it',
    });
  });
  it('a project never reported is still flagged', () => {
    expect(kinds(healthy({ ownerUnitId: null, reports: [], startDate: '2023-05-01' }))).toEqual(['no_owner']);
  });
});

describe('overdue: past the end date and not completed', () => {
  it('ending today is not late', () => {
    expect(kinds(healthy({ endDate: '2023-05-31' }))).toEqual([]);
  });
  it('ending yesterday is, and the reason names the date', () => {
    expect(flagOf('overdue', healthy({ endDate: '2023-05-30' }))?.reason).toEqual({
      th: 'เลยวันสิ้นสุด 30 พฤษภาคม 2566 แต่ยังไม่แล้วเสร็จ',
      en: 'Past its end date 30 May 2023 but not completed',
    });
  });
  it('no end date: never overdue', () => {
    expect(kinds(healthy({ endDate: null }), '2030-01-01')).not.toContain('overdue');
  });
  it('a not-started project past its end is overdue too', () => {
    const reports = monthly({ '2566-05': null }, 'not_started');
    expect(kinds(healthy({ endDate: '2023-04-30', startDate: '2023-05-01', reports }))).toEqual(['overdue']);
  });
});

describe('no_progress, N = 3', () => {
  it('the same percent in the last 3 reported months → flagged, naming percent and months', () => {
    const reports = monthly({
      '2566-02': '10.00',
      '2566-03': '25.00',
      '2566-04': '25.00',
      '2566-05': '25.00',
    });
    expect(flagOf('no_progress', healthy({ reports }))?.reason).toEqual({
      th: 'ความก้าวหน้าคงที่ร้อยละ 25 ใน 3 เดือนที่รายงานล่าสุด (มีนาคม 2566 – พฤษภาคม 2566)',
      en: 'Progress unchanged at 25 % in the last 3 reported months (March 2023 – May 2023)',
    });
  });
  it('moving in the last of the 3 months → not flagged', () => {
    const reports = monthly({ '2566-03': '25.00', '2566-04': '25.00', '2566-05': '25.50' });
    expect(kinds(healthy({ reports }))).toEqual([]);
  });
  it('only 2 reports, both the same → not enough history, not flagged', () => {
    const reports = monthly({ '2566-04': '25.00', '2566-05': '25.00' });
    expect(kinds(healthy({ reports }))).toEqual([]);
  });
  it('N = 2: two equal reports are enough', () => {
    const reports = monthly({ '2566-04': '25.00', '2566-05': '25.00' });
    expect(kinds(healthy({ reports }), MAY_END, 2)).toEqual(['no_progress']);
  });
  it('the last 3 reports with a gap between them count as the last 3 reported months', () => {
    const reports = monthly({ '2566-01': '40.00', '2566-03': '40.00', '2566-05': '40.00' });
    expect(flagOf('no_progress', healthy({ reports }))?.reason.th).toBe(
      'ความก้าวหน้าคงที่ร้อยละ 40 ใน 3 เดือนที่รายงานล่าสุด (มกราคม 2566 – พฤษภาคม 2566)',
    );
  });
  it('not-started reports without a percent count as 0', () => {
    const reports = monthly({ '2566-03': null, '2566-04': '0', '2566-05': null }, 'not_started');
    expect(flagOf('no_progress', healthy({ reports }))?.reason.en).toBe(
      'Progress unchanged at 0 % in the last 3 reported months (March 2023 – May 2023)',
    );
  });
  it('an in-progress report without a percent cannot be compared: not flagged', () => {
    const reports = monthly({ '2566-03': '25.00', '2566-04': null, '2566-05': '25.00' });
    expect(kinds(healthy({ reports }))).toEqual([]);
  });
  it('last report 3 months before the as-of month (2566-02) → no report for 3 months', () => {
    const reports = monthly({ '2566-01': '10.00', '2566-02': '20.00' });
    expect(flagOf('no_progress', healthy({ reports }))?.reason).toEqual({
      th: 'ไม่มีรายงานความก้าวหน้า 3 เดือน (มีนาคม 2566 – พฤษภาคม 2566) รายงานล่าสุด กุมภาพันธ์ 2566',
      en: 'No progress report for 3 months (March 2023 – May 2023); last report February 2023',
    });
  });
  it('last report 2 months before (2566-03) → not flagged', () => {
    const reports = monthly({ '2566-02': '10.00', '2566-03': '20.00' });
    expect(kinds(healthy({ reports }))).toEqual([]);
  });
  it('never reported, started by the first day of the window (1 March 2023) → flagged', () => {
    expect(flagOf('no_progress', healthy({ reports: [], startDate: '2023-03-01' }))?.reason).toEqual({
      th: 'ไม่มีรายงานความก้าวหน้า 3 เดือน (มีนาคม 2566 – พฤษภาคม 2566) ยังไม่เคยรายงาน',
      en: 'No progress report for 3 months (March 2023 – May 2023); never reported',
    });
  });
  it('starting one day after the window opens (2 March 2023) → not flagged', () => {
    expect(kinds(healthy({ reports: [], startDate: '2023-03-02' }))).toEqual([]);
  });
  it('without a start date a project is expected from 1 October of its first fiscal year', () => {
    expect(expectedStart({ startDate: null, fiscalYearFrom: 2566 })).toBe('2022-10-01');
    expect(kinds(healthy({ reports: [], startDate: null, fiscalYearFrom: 2566 }))).toEqual(['no_progress']);
    // 2566-12 is the third month of fiscal year 2567: its window starts on 1 October 2023
    const fy2567 = healthy({
      reports: [],
      startDate: null,
      endDate: '2024-09-30',
      fiscalYearFrom: 2567,
      fiscalYearTo: 2567,
    });
    expect(kinds(fy2567, '2023-12-31')).toEqual(['no_progress']);
    expect(kinds(fy2567, '2023-11-30')).toEqual([]);
  });
  it('unchanged percent but a project not expected under way for 3 months → not flagged', () => {
    const reports = monthly({ '2566-03': '0', '2566-04': '0', '2566-05': '0' }, 'not_started');
    expect(kinds(healthy({ reports, startDate: '2023-06-01' }))).toEqual([]);
  });
});

describe('blocked: a predecessor not completed', () => {
  it('names the predecessor: รอโครงการ P2-04 ซึ่งยังไม่แล้วเสร็จ', () => {
    const facts = healthy({ predecessors: [{ code: 'P2-04', status: 'in_progress' }] });
    expect(flagOf('blocked', facts)?.reason).toEqual({
      th: 'รอโครงการ P2-04 ซึ่งยังไม่แล้วเสร็จ',
      en: 'Waiting for project P2-04, not completed yet',
    });
  });
  it('a completed predecessor does not block', () => {
    expect(kinds(healthy({ predecessors: [{ code: 'P2-04', status: 'completed' }] }))).toEqual([]);
  });
  it('an unreported, not-started or cancelled predecessor blocks; only those are named', () => {
    const facts = healthy({
      predecessors: [
        { code: 'P1-01', status: null },
        { code: 'P1-02', status: 'completed' },
        { code: 'P1-03', status: 'not_started' },
        { code: 'P1-04', status: 'cancelled' },
      ],
    });
    expect(flagOf('blocked', facts)?.reason).toEqual({
      th: 'รอโครงการ P1-01, P1-03, P1-04 ซึ่งยังไม่แล้วเสร็จ',
      en: 'Waiting for projects P1-01, P1-03, P1-04, not completed yet',
    });
  });
});

describe('no_budget_next_year: planned in the next fiscal year without a budget', () => {
  const multiYear = (over: Partial<AttentionProjectFacts>) => healthy({ fiscalYearTo: 2567, ...over });
  it('runs 2566–2567, no budget, as of 2566-05 (fiscal year 2566) → flagged naming 2567', () => {
    expect(flagOf('no_budget_next_year', multiYear({ budget: null }))?.reason).toEqual({
      th: 'มีแผนดำเนินการในปีงบประมาณ พ.ศ. 2567 แต่ไม่มีงบประมาณ',
      en: 'Planned to run in fiscal year 2567 (BE) but has no budget',
    });
  });
  it('a budget of 0 is no budget; 0.01 is a budget', () => {
    expect(kinds(multiYear({ budget: '0.00' }))).toEqual(['no_budget_next_year']);
    expect(kinds(multiYear({ budget: '0.01' }))).toEqual([]);
  });
  it('ending in the current fiscal year → not flagged', () => {
    expect(kinds(healthy({ budget: null, fiscalYearTo: 2566 }))).toEqual([]);
  });
  it('September 2566 is still fiscal year 2566; October 2566 opens 2567, so next is 2568', () => {
    const facts = multiYear({ budget: null, endDate: '2024-09-30' });
    expect(kinds(facts, '2023-09-30')).toContain('no_budget_next_year');
    expect(kinds(facts, '2023-10-31')).not.toContain('no_budget_next_year');
  });
  it('a project starting next fiscal year without a budget is flagged too', () => {
    const later = healthy({
      budget: null,
      fiscalYearFrom: 2567,
      fiscalYearTo: 2568,
      startDate: '2023-10-01',
      endDate: '2025-09-30',
      reports: [],
    });
    expect(kinds(later)).toEqual(['no_budget_next_year']);
  });
});

describe('problem: an open high-severity or overdue register entry', () => {
  const withProblem = (p: Partial<AttentionProjectFacts['problems'][number]>) =>
    healthy({ problems: [{ period: '2566-05', severity: 'medium', status: 'open', dueDate: null, ...p }] });
  it('open, high severity → flagged', () => {
    expect(flagOf('problem', withProblem({ severity: 'high' }))?.reason).toEqual({
      th: 'ปัญหาอุปสรรคเดือนพฤษภาคม 2566 ความรุนแรงสูง ยังไม่ได้แก้ไข',
      en: 'Problem of May 2023, high severity, not resolved',
    });
  });
  it('medium severity, due today → not flagged; due yesterday → flagged naming the date', () => {
    expect(kinds(withProblem({ dueDate: '2023-05-31' }))).toEqual([]);
    expect(flagOf('problem', withProblem({ dueDate: '2023-05-30' }))?.reason).toEqual({
      th: 'ปัญหาอุปสรรคเดือนพฤษภาคม 2566 เลยกำหนดแก้ไข 30 พฤษภาคม 2566',
      en: 'Problem of May 2023, past its due date 30 May 2023',
    });
  });
  it('high and overdue, being resolved → both facts in the reason', () => {
    const facts = withProblem({ severity: 'high', status: 'in_progress', dueDate: '2023-05-15' });
    expect(flagOf('problem', facts)?.reason.th).toBe(
      'ปัญหาอุปสรรคเดือนพฤษภาคม 2566 ความรุนแรงสูง เลยกำหนดแก้ไข 15 พฤษภาคม 2566',
    );
  });
  it.each(['resolved', 'closed'] as const)('%s entries never flag', (status) => {
    expect(kinds(withProblem({ severity: 'high', status, dueDate: '2023-01-01' }))).toEqual([]);
  });
  it('an entry of a later month than the as-of month is ignored', () => {
    expect(kinds(withProblem({ severity: 'high', period: '2566-06' }))).toEqual([]);
  });
  it('unclassified (no severity) and no due date → not flagged', () => {
    expect(kinds(withProblem({ severity: null }))).toEqual([]);
  });
  it('several entries: one flag, each named, oldest first', () => {
    const facts = healthy({
      problems: [
        { period: '2566-05', severity: 'high', status: 'open', dueDate: null },
        { period: '2566-04', severity: 'low', status: 'open', dueDate: '2023-05-01' },
      ],
    });
    const flags = attentionFlags(facts, MAY_END, { noProgressMonths: 3 });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.reason.th).toBe(
      'ปัญหาอุปสรรคเดือนเมษายน 2566 เลยกำหนดแก้ไข 1 พฤษภาคม 2566; ปัญหาอุปสรรคเดือนพฤษภาคม 2566 ความรุนแรงสูง ยังไม่ได้แก้ไข',
    );
  });
  it('isProblemOverdue: open or being resolved and due before today', () => {
    expect(isProblemOverdue({ status: 'open', dueDate: '2023-05-30' }, MAY_END)).toBe(true);
    expect(isProblemOverdue({ status: 'in_progress', dueDate: '2023-05-30' }, MAY_END)).toBe(true);
    expect(isProblemOverdue({ status: 'open', dueDate: '2023-05-31' }, MAY_END)).toBe(false);
    expect(isProblemOverdue({ status: 'resolved', dueDate: '2023-05-30' }, MAY_END)).toBe(false);
    expect(isProblemOverdue({ status: 'open', dueDate: null }, MAY_END)).toBe(false);
  });
});

describe('flags come in a fixed order', () => {
  it('every kind at once', () => {
    const facts = healthy({
      ownerUnitId: null,
      endDate: '2023-04-30',
      budget: null,
      fiscalYearTo: 2567,
      reports: monthly({ '2566-03': '10.00', '2566-04': '10.00', '2566-05': '10.00' }),
      predecessors: [{ code: 'P0-01', status: 'in_progress' }],
      problems: [{ period: '2566-05', severity: 'high', status: 'open', dueDate: null }],
    });
    expect(kinds(facts)).toEqual([
      'no_owner',
      'overdue',
      'no_progress',
      'blocked',
      'no_budget_next_year',
      'problem',
    ]);
  });
});

describe('attentionDate: the day a month is judged at', () => {
  it('a past month: its last day (leap years included)', () => {
    expect(attentionDate({ yearBE: 2566, month: 5 }, '2026-11-21')).toBe('2023-05-31');
    expect(attentionDate({ yearBE: 2567, month: 2 }, '2026-11-21')).toBe('2024-02-29');
    expect(attentionDate({ yearBE: 2566, month: 2 }, '2026-11-21')).toBe('2023-02-28');
  });
  it('the running month: today', () => {
    expect(attentionDate({ yearBE: 2569, month: 11 }, '2026-11-21')).toBe('2026-11-21');
  });
});
