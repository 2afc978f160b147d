/**
 * The progress summary of seed 000 §3.1, as formats.md defines it: per strategic target and
 * overall, how many projects are completed / in progress / not started, their shares, the
 * progress percentage ((completed + in progress) / total) and its level word.
 */
import { percentOf } from '../percent';
import { DEFAULT_LEVEL_SCALE, levelFor, type LevelScale } from './level-scale';
import type { ProjectStatus } from './project-status';

export interface SummaryInputTarget {
  readonly no: string;
  readonly name: string;
}

export interface SummaryInputProject {
  /** The project's first (primary) target: a project counts once, under it. */
  readonly targetNo: string;
  readonly fiscalYearFrom: number;
  readonly fiscalYearTo: number;
  /** Status of the latest report with period ≤ as-of month; null when it has none. */
  readonly latestStatus: ProjectStatus | null;
}

export interface StatusCounts {
  total: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  cancelled: number;
  unreported: number;
  completedPct: number;
  inProgressPct: number;
  notStartedPct: number;
  progressPct: number;
  level: string | null;
}

export interface TargetSummary extends StatusCounts {
  no: string;
  name: string;
}

export interface ProgressSummary {
  overall: StatusCounts;
  targets: TargetSummary[];
}

const targetOrder = new Intl.Collator('en', { numeric: true });

export function compareTargetNo(a: string, b: string): number {
  return targetOrder.compare(a, b);
}

export function runsInFiscalYear(
  p: Pick<SummaryInputProject, 'fiscalYearFrom' | 'fiscalYearTo'>,
  fy: number,
) {
  return p.fiscalYearFrom <= fy && fy <= p.fiscalYearTo;
}

function countStatuses(projects: readonly SummaryInputProject[], scale: LevelScale): StatusCounts {
  let completed = 0,
    inProgress = 0,
    notStarted = 0,
    cancelled = 0,
    unreported = 0;
  for (const p of projects) {
    if (p.latestStatus === null) unreported++;
    const status = p.latestStatus ?? 'not_started';
    if (status === 'completed') completed++;
    else if (status === 'in_progress') inProgress++;
    else if (status === 'cancelled') cancelled++;
    else notStarted++;
  }
  const total = completed + inProgress + notStarted; // cancelled projects are left out of every share
  const progressPct = percentOf(completed + inProgress, total);
  return {
    total,
    completed,
    inProgress,
    notStarted,
    cancelled,
    unreported,
    completedPct: percentOf(completed, total),
    inProgressPct: percentOf(inProgress, total),
    notStartedPct: percentOf(notStarted, total),
    progressPct,
    level: total === 0 ? null : levelFor(progressPct, scale),
  };
}

export function progressSummary(input: {
  targets: readonly SummaryInputTarget[];
  projects: readonly SummaryInputProject[];
  fiscalYear: number;
  levelScale?: LevelScale;
}): ProgressSummary {
  const scale = input.levelScale ?? DEFAULT_LEVEL_SCALE;
  const counted = input.projects.filter((p) => runsInFiscalYear(p, input.fiscalYear));
  const targets = [...input.targets]
    .sort((a, b) => compareTargetNo(a.no, b.no))
    .map((t) => ({
      no: t.no,
      name: t.name,
      ...countStatuses(
        counted.filter((p) => p.targetNo === t.no),
        scale,
      ),
    }));
  return { overall: countStatuses(counted, scale), targets };
}
