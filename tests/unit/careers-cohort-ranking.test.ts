/** The post-course ranking's pure rules: exact totals, the pass mark, ties (also at 5th place), weights. */
import { describe, expect, it } from 'vitest';
import {
  componentIssues,
  rankCohort,
  showTotal,
  weightedTotal,
  type CohortComponent,
  type MemberScores,
} from '../../src/domain/careers';

const C: CohortComponent[] = [
  { code: 'exam', name: 'สอบวัดความรู้', weight: 60 },
  { code: 'proposal', name: 'ข้อเสนอการพัฒนางาน', weight: 40 },
];
let nextId = 0;
const m = (no: string, exam: number | null, proposal?: number | null): MemberScores => ({
  personId: ++nextId,
  personNo: no,
  scores: { exam, proposal },
});
const view = (list: ReturnType<typeof rankCohort>) =>
  list.map((r) => [r.personNo, r.state, r.total, r.rank, r.top, r.decidedBy]);

describe('weighted total', () => {
  it('is exact in ten-thousandths and shown half up to 2 decimals', () => {
    // 85.55 × 0.6 + 70.01 × 0.4 = 51.33 + 28.004 = 79.334
    expect(weightedTotal(C, { exam: 85.55, proposal: 70.01 })).toBe(793_340);
    expect(showTotal(793_340)).toBe('79.33');
    // 0.005 rounds up: 80.01 × 0.6 + 80.00 × 0.4 = 48.006 + 32 = 80.006 → 80.01
    expect(showTotal(weightedTotal(C, { exam: 80.01, proposal: 80 })!)).toBe('80.01');
    expect(showTotal(weightedTotal([{ code: 'x', name: 'x', weight: 100 }], { x: 100 })!)).toBe('100.00');
    expect(showTotal(0)).toBe('0.00');
  });
  it('is null when a score is missing', () => {
    expect(weightedTotal(C, { exam: 90 })).toBeNull();
    expect(weightedTotal(C, { exam: 90, proposal: null })).toBeNull();
  });
});

describe('components', () => {
  it('accepts weights summing to 100 and names the sum when they do not', () => {
    expect(componentIssues(C)).toEqual([]);
    const bad = componentIssues([
      { code: 'exam', name: 'a', weight: 60 },
      { code: 'proposal', name: 'b', weight: 39 },
    ]);
    expect(bad).toEqual([
      {
        field: 'components',
        th: 'น้ำหนักรวมต้องเท่ากับ 100 (ตอนนี้ 99)',
        en: 'the weights must sum to 100 (they sum to 99)',
      },
    ]);
    expect(componentIssues([]).map((i) => i.field)).toEqual(['components']);
    expect(
      componentIssues([
        { code: 'a', name: 'a', weight: 50.5 },
        { code: 'a', name: 'b', weight: 49.5 },
      ]).map((i) => i.field),
    ).toEqual(['components.0.weight', 'components.1.code', 'components.1.weight']);
  });
});

describe('ranking', () => {
  it('ranks by total, breaks equal totals by the exam, shares a rank when everything is equal', () => {
    const list = rankCohort(C, null, [
      m('P5', 70, 70), // 70.00
      m('P1', 90, 60), // 78.00
      m('P2', 80, 75), // 78.00, lower exam → below P1, decided by exam
      m('P4', 80, 75), // same as P2 → shares rank 3
      m('P3', 95, 90), // 93.00
    ]);
    expect(view(list)).toEqual([
      ['P3', 'ranked', '93.00', 1, true, null],
      ['P1', 'ranked', '78.00', 2, true, null],
      ['P2', 'ranked', '78.00', 3, true, 'exam'],
      ['P4', 'ranked', '78.00', 3, true, 'shared'],
      ['P5', 'ranked', '70.00', 5, true, null],
    ]);
  });

  it('includes everyone tied at 5th place in the top five', () => {
    const list = rankCohort(C, null, [
      m('A', 100, 100),
      m('B', 99, 99),
      m('C', 98, 98),
      m('D', 97, 97),
      m('E', 90, 90),
      m('F', 90, 90),
      m('G', 90, 90),
      m('H', 80, 80),
    ]);
    expect(list.map((r) => [r.personNo, r.rank, r.top])).toEqual([
      ['A', 1, true],
      ['B', 2, true],
      ['C', 3, true],
      ['D', 4, true],
      ['E', 5, true],
      ['F', 5, true],
      ['G', 5, true],
      ['H', 8, false],
    ]);
  });

  it('ranks a member exactly at the pass mark, leaves out those below it and those missing a score', () => {
    const list = rankCohort(C, 60, [
      m('X1', 60, 60), // 60.00: exactly the pass mark → ranked
      m('X2', 59.99, 60), // 59.994: shown 59.99, below
      m('X3', 100, null), // incomplete
      m('X4', 100), // incomplete (no proposal key)
      m('X5', 50, 50), // 50.00 below
    ]);
    expect(view(list)).toEqual([
      ['X1', 'ranked', '60.00', 1, true, null],
      ['X2', 'below_pass_mark', '59.99', null, false, null],
      ['X5', 'below_pass_mark', '50.00', null, false, null],
      ['X3', 'incomplete', null, null, false, null],
      ['X4', 'incomplete', null, null, false, null],
    ]);
  });

  it('never lets rounding decide: 79.9967 and 79.9966 are both shown 80.00 yet ranked apart by the exact total', () => {
    const three: CohortComponent[] = [
      { code: 'exam', name: 'e', weight: 33 },
      { code: 'proposal', name: 'p', weight: 33 },
      { code: 'talk', name: 't', weight: 34 },
    ];
    const a: MemberScores = { personId: 1, personNo: 'A', scores: { exam: 80, proposal: 80, talk: 79.99 } }; // 79.9966
    const b: MemberScores = { personId: 2, personNo: 'B', scores: { exam: 79.99, proposal: 80, talk: 80 } }; // 79.9967
    expect(view(rankCohort(three, null, [a, b]))).toEqual([
      ['B', 'ranked', '80.00', 1, true, null],
      ['A', 'ranked', '80.00', 2, true, null],
    ]);
  });
});
