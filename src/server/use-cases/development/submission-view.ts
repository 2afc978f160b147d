/** One agency's submission of a year: its state, the institute's comment, its projects and their totals. */
import { bahtNumber, canEditProjects, satangOf, submissionLate } from '../../../domain/development';
import type { SubmissionView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { requireSubmissionReader } from '../../policies/development/cycle-policy';
import { unitProjectRows, type ProjectRow } from '../../repositories/development/projects';
import { lockSubmission } from '../../repositories/development/submissions';
import { actorUnitCode, bangkokDay, baht, requireUnit, requireYear, toIso } from './cycle-common';

export const toProjectView = (p: ProjectRow) => ({
  id: p.id,
  projectCode: p.project_code,
  projectName: p.project_name,
  strategyNo: p.strategy_no,
  activityType: p.activity_type,
  participants: p.participants,
  budget: baht(p.budget),
  budgetSource: p.budget_source,
  targetGroup: p.target_group,
  startDate: p.start_date,
  endDate: p.end_date,
  days: p.days === null ? null : Number(p.days),
  digital: p.digital,
  version: p.version,
});

export async function submissionView(
  db: Queryable,
  actor: Actor,
  fiscalYear: number,
  unitCode: string,
  now = new Date(),
): Promise<SubmissionView> {
  const year = await requireYear(db, fiscalYear);
  const unit = await requireUnit(db, unitCode);
  requireSubmissionReader(actor, await actorUnitCode(db, actor), unit.id);
  const [row, projects] = await Promise.all([
    lockSubmission(db, fiscalYear, unit.id, false),
    unitProjectRows(db, fiscalYear, unit.id),
  ]);
  const state = row?.state ?? (projects.length > 0 ? 'draft' : 'not_started');
  const submittedOn = row?.submitted_at ? bangkokDay(new Date(row.submitted_at)) : null;
  let budget = 0n;
  for (const p of projects) budget += satangOf(p.budget) ?? 0n;
  return {
    fiscalYear,
    unit,
    state,
    comment: row?.comment ?? null,
    submittedAt: toIso(row?.submitted_at ?? null),
    decidedAt: toIso(row?.decided_at ?? null),
    late: submissionLate(year.submission_deadline, submittedOn, bangkokDay(now)),
    submissionDeadline: year.submission_deadline,
    version: row?.version ?? 0,
    editable: row === null || canEditProjects(row.state),
    projects: projects.map(toProjectView),
    totals: {
      projects: projects.length,
      participants: projects.reduce((n, p) => n + p.participants, 0),
      budget: bahtNumber(budget),
    },
  };
}
