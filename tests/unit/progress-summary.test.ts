import { describe, expect, it } from 'vitest';
import {
  compareTargetNo,
  progressSummary,
  runsInFiscalYear,
  type ProjectStatus,
  type SummaryInputProject,
} from '../../src/domain/monitoring';
import { SEED_OVERALL, SEED_TARGET_NAMES, SEED_TARGETS, seedProjects } from '../fixtures/seed-summary';

const seedTargets = Object.entries(SEED_TARGET_NAMES).map(([no, name]) => ({ no, name }));

const project = (
  targetNo: string,
  latestStatus: ProjectStatus | null,
  fiscalYearFrom = 2566,
  fiscalYearTo = fiscalYearFrom,
): SummaryInputProject => ({ targetNo, latestStatus, fiscalYearFrom, fiscalYearTo });

describe('progressSummary: the May 2566 table of seed 000, corrected', () => {
  const summary = progressSummary({
    targets: seedTargets,
    fiscalYear: 2566,
    projects: seedProjects().map((p) => project(p.targetNo, p.latestStatus)),
  });

  it('has 56 projects: T1 3/8/2, T2 2/2/8, T3 4/10/2, T4 4/6/2, T5 0/2/1', () => {
    expect(seedProjects()).toHaveLength(56);
  });

  it('overall: 13 / 28 / 15 of 56, progress 73.21 % ปานกลาง', () => {
    expect(summary.overall).toEqual(SEED_OVERALL);
  });

  it('every target: counts, percentages and level exactly', () => {
    expect(summary.targets).toEqual(SEED_TARGETS);
  });

  it('progress of the targets is 84.62, 33.33, 87.5, 83.33, 66.67', () => {
    expect(summary.targets.map((t) => [t.progressPct, t.level])).toEqual([
      [84.62, 'มาก'],
      [33.33, 'น้อยที่สุด'],
      [87.5, 'มาก'],
      [83.33, 'มาก'],
      [66.67, 'น้อย'],
    ]);
  });

  it('the printed minutes are wrong where domain.md says: not-started 26.79 (not 26.75), T2 66.67 (not 66.66)', () => {
    expect(summary.overall.notStartedPct).toBe(26.79);
    expect(summary.targets[1]!.notStartedPct).toBe(66.67);
  });
});

describe('progressSummary rules', () => {
  const targets = [
    { no: '1', name: 'หนึ่ง' },
    { no: '2', name: 'สอง' },
  ];

  it('leaves cancelled projects out of every total and share, but counts them', () => {
    const s = progressSummary({
      targets,
      fiscalYear: 2566,
      projects: [
        project('1', 'completed'),
        project('1', 'in_progress'),
        project('1', 'not_started'),
        project('1', 'cancelled'),
        project('1', 'cancelled'),
      ],
    });
    expect(s.targets[0]).toEqual({
      no: '1',
      name: 'หนึ่ง',
      total: 3,
      completed: 1,
      inProgress: 1,
      notStarted: 1,
      cancelled: 2,
      unreported: 0,
      completedPct: 33.33,
      inProgressPct: 33.33,
      notStartedPct: 33.33,
      progressPct: 66.67,
      level: 'น้อย',
    });
    expect(s.overall.total).toBe(3);
    expect(s.overall.cancelled).toBe(2);
  });

  it('counts a project without a report as not started and also as unreported', () => {
    const s = progressSummary({
      targets,
      fiscalYear: 2566,
      projects: [
        project('1', null),
        project('1', null),
        project('1', 'not_started'),
        project('1', 'completed'),
      ],
    });
    expect(s.targets[0]).toMatchObject({
      total: 4,
      completed: 1,
      inProgress: 0,
      notStarted: 3,
      unreported: 2,
      cancelled: 0,
      completedPct: 25,
      notStartedPct: 75,
      progressPct: 25,
      level: 'น้อยที่สุด',
    });
    expect(s.overall.unreported).toBe(2);
  });

  it('a target with no counted project: total 0, every percentage 0, level null', () => {
    const s = progressSummary({ targets, fiscalYear: 2566, projects: [project('1', 'completed')] });
    expect(s.targets[1]).toEqual({
      no: '2',
      name: 'สอง',
      total: 0,
      completed: 0,
      inProgress: 0,
      notStarted: 0,
      cancelled: 0,
      unreported: 0,
      completedPct: 0,
      inProgressPct: 0,
      notStartedPct: 0,
      progressPct: 0,
      level: null,
    });
  });

  it('a target whose only projects are cancelled also has total 0 and level null', () => {
    const s = progressSummary({ targets, fiscalYear: 2566, projects: [project('2', 'cancelled')] });
    expect(s.targets[1]).toMatchObject({ total: 0, cancelled: 1, progressPct: 0, level: null });
    expect(s.overall).toMatchObject({ total: 0, cancelled: 1, progressPct: 0, level: null });
  });

  it('lists targets in the order of their numbers: 1, 2, …, 10 (not 1, 10, 2)', () => {
    const nos = ['10', '2', '1', '9', '3', '11'];
    const s = progressSummary({
      targets: nos.map((no) => ({ no, name: `T${no}` })),
      fiscalYear: 2566,
      projects: [],
    });
    expect(s.targets.map((t) => t.no)).toEqual(['1', '2', '3', '9', '10', '11']);
    expect(['10', '2', '1'].sort(compareTargetNo)).toEqual(['1', '2', '10']);
  });

  it('counts only projects running in the fiscal year', () => {
    const projects = [
      project('1', 'completed', 2566, 2566),
      project('1', 'in_progress', 2566, 2568),
      project('1', 'completed', 2567, 2567),
      project('1', 'not_started', 2565, 2565),
      project('2', 'in_progress', 2567, 2570),
    ];
    const fy2566 = progressSummary({ targets, fiscalYear: 2566, projects });
    expect(fy2566.overall).toMatchObject({
      total: 2,
      completed: 1,
      inProgress: 1,
      notStarted: 0,
      progressPct: 100,
    });
    expect(fy2566.targets[1]).toMatchObject({ total: 0, level: null });

    const fy2567 = progressSummary({ targets, fiscalYear: 2567, projects });
    expect(fy2567.overall).toMatchObject({ total: 3, completed: 1, inProgress: 2 });
    expect(fy2567.targets.map((t) => t.total)).toEqual([2, 1]);

    expect(runsInFiscalYear({ fiscalYearFrom: 2566, fiscalYearTo: 2568 }, 2568)).toBe(true);
    expect(runsInFiscalYear({ fiscalYearFrom: 2566, fiscalYearTo: 2568 }, 2569)).toBe(false);
    expect(runsInFiscalYear({ fiscalYearFrom: 2566, fiscalYearTo: 2568 }, 2565)).toBe(false);
  });

  it("uses the plan's level scale when given one", () => {
    const projects = [project('1', 'completed'), project('1', 'completed'), project('1', 'not_started')];
    const scale = [
      { min: 0, label: 'ยังไม่ผ่าน' },
      { min: 66.67, label: 'ผ่าน' },
    ];
    expect(progressSummary({ targets, fiscalYear: 2566, projects }).overall.level).toBe('น้อย');
    expect(progressSummary({ targets, fiscalYear: 2566, projects, levelScale: scale }).overall.level).toBe(
      'ผ่าน',
    );
  });

  it('chooses the level from the rounded percentage (the number the reader sees)', () => {
    // 17999/20000 = 89.995 % → prints 90 → มากที่สุด
    const projects = [
      ...Array.from({ length: 17999 }, () => project('1', 'completed')),
      ...Array.from({ length: 2001 }, () => project('1', 'not_started')),
    ];
    const s = progressSummary({ targets, fiscalYear: 2566, projects });
    expect(s.overall.total).toBe(20000);
    expect(s.overall.progressPct).toBe(90);
    expect(s.overall.level).toBe('มากที่สุด');
  });
});
