/**
 * The paper's sections that come from the follow-up and key-results modules: the problems register,
 * projects needing attention, key results. Each loader answers null when its module cannot answer for
 * this month (e.g. attention for a month still to come): the paper then says the section is not available.
 */
import {
  PROBLEM_CATEGORY_LABEL,
  PROBLEM_SEVERITY_LABEL,
  PROBLEM_STATUS_LABEL,
  type ProblemCategory,
  type ProblemSeverity,
  type ProblemStatus,
} from '../../../domain/monitoring/attention-flags';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { AppError } from '../../errors';
import { listKeyResults } from '../../use-cases/monitoring/key-results';
import { getNeedsAttention } from '../../use-cases/monitoring/needs-attention';
import { listProblemRegister } from '../../use-cases/monitoring/problems';
import type { PaperContent, PaperProblem } from './content';

/** Papers are built from everything a committee member may read; readers' scopes apply afterwards. */
export const PAPER_READER: Actor = { userId: null, label: 'paper', role: 'viewer', unitId: null };

async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof AppError && (err.code === 'invalid_input' || err.code === 'not_found')) return null;
    throw err;
  }
}

export type RegisterEntry = NonNullable<PaperProblem['register']> & {
  period: string;
  projectCode: string;
  projectName: string;
  targetNo: string;
  ownerUnitId: number | null;
  ownerUnitName: string | null;
  text: string;
  open: boolean;
};

/** Every register entry of the plan up to the month, with Thai labels. */
export async function loadRegister(db: Queryable, planCode: string, asOf: string) {
  return orNull(async () => {
    const views = await listProblemRegister(db, PAPER_READER, { plan: planCode });
    return views
      .filter((v) => v.period <= asOf)
      .map((v): RegisterEntry => ({
        period: v.period,
        projectCode: v.project.code,
        projectName: v.project.name,
        targetNo: v.project.targetNo,
        ownerUnitId: v.project.ownerUnit?.id ?? null,
        ownerUnitName: v.project.ownerUnit?.name ?? null,
        text: v.description,
        status: PROBLEM_STATUS_LABEL[v.status as ProblemStatus]?.th ?? v.status,
        severity: v.severity
          ? (PROBLEM_SEVERITY_LABEL[v.severity as ProblemSeverity]?.th ?? v.severity)
          : null,
        category: v.category
          ? (PROBLEM_CATEGORY_LABEL[v.category as ProblemCategory]?.th ?? v.category)
          : null,
        actionBy: v.actionBy ?? v.actionUnit?.name ?? null,
        dueDate: v.dueDate,
        overdue: v.overdue,
        open: v.status === 'open' || v.status === 'in_progress',
      }));
  });
}

export async function loadAttention(
  db: Queryable,
  planCode: string,
  asOf: string,
): Promise<PaperContent['attention']> {
  return orNull(async () => {
    const answer = await getNeedsAttention(db, PAPER_READER, { planCode, asOf });
    return {
      projectCount: answer.projectCount,
      flaggedCount: answer.flaggedCount,
      projects: answer.targets.flatMap((t) =>
        t.projects.map((p) => ({
          code: p.code,
          name: p.name,
          targetNo: t.no,
          ownerUnitId: p.ownerUnit?.id ?? null,
          ownerUnitName: p.ownerUnit?.name ?? null,
          reasons: p.flags.map((f) => f.reason.th),
        })),
      ),
    };
  });
}

export async function loadKeyResults(
  db: Queryable,
  planCode: string,
  fiscalYear: number,
  asOf: string,
): Promise<PaperContent['keyResults']> {
  return orNull(async () => {
    const answer = await listKeyResults(db, PAPER_READER, { planCode, fiscalYear, asOf });
    return answer.targets.flatMap((t) =>
      t.keyResults.map((kr) => ({
        targetNo: t.no,
        no: kr.no,
        indicator: kr.indicator,
        unit: kr.unit,
        target: kr.target,
        latestValue: kr.latest?.value ?? null,
        latestPeriod: kr.latest?.period ?? null,
        pct: kr.latest?.pct ?? null,
        met: kr.latest ? kr.latest.met : null,
      })),
    );
  });
}
