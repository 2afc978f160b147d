/**
 * The year's status table: every agency with its submission state, its projects' count, participants and
 * budget, submitted and decided dates, and whether it is late against the deadline. The institute reads every
 * agency, an agency's focal point or approver its own row only.
 */
import { submissionLate } from '../../../domain/development';
import type { YearStatusView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { DEVELOPMENT_INSTITUTE_CODE } from '../../policies/development/import-policy';
import { statusScope } from '../../policies/development/cycle-policy';
import { statusRows } from '../../repositories/development/submissions';
import { actorUnitCode, bangkokDay, baht, requireYear, toIso, toYearView } from './cycle-common';

type AgencyState = YearStatusView['agencies'][number]['state'];

export async function yearStatus(
  db: Queryable,
  actor: Actor,
  fiscalYear: number,
  now = new Date(),
): Promise<YearStatusView> {
  const scope = statusScope(actor, await actorUnitCode(db, actor));
  const year = await requireYear(db, fiscalYear);
  const rows = await statusRows(db, fiscalYear, DEVELOPMENT_INSTITUTE_CODE, scope);
  const today = bangkokDay(now);
  const counts: Record<AgencyState, number> = {
    not_started: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
  };
  const agencies = rows.map((r) => {
    const state: AgencyState = r.state ?? (r.projects > 0 ? 'draft' : 'not_started');
    counts[state] += 1;
    const submittedOn = r.submitted_at === null ? null : bangkokDay(new Date(r.submitted_at));
    return {
      unitId: r.unit_id,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      unitKind: r.unit_kind,
      state,
      projects: r.projects,
      participants: r.participants,
      budget: baht(r.budget),
      submittedAt: toIso(r.submitted_at),
      decidedAt: toIso(r.decided_at),
      late: submissionLate(year.submission_deadline, submittedOn, today),
      version: r.version,
    };
  });
  return { year: toYearView(year), agencies, counts };
}
