/**
 * Builds the committee paper's content from the records as they are now: the summary (getProgressSummary),
 * the month's problems texts, and the sections of the follow-up and key-results modules.
 */
import { parsePeriod, periodKey } from '../../../domain';
import { COUNTED_STATES, compareTargetNo, type SummaryBasis } from '../../../domain/monitoring';
import type { Queryable } from '../../db/database';
import { getProgressSummary } from '../../use-cases/monitoring/get-progress-summary';
import type { PaperContent, PaperProblem } from './content';
import { loadAttention, loadKeyResults, loadRegister, type RegisterEntry } from './sections';

const byCode = new Intl.Collator('th', { numeric: true });

const problemOrder = (a: PaperProblem, b: PaperProblem) =>
  a.period.localeCompare(b.period) ||
  compareTargetNo(a.targetNo, b.targetNo) ||
  byCode.compare(a.projectCode, b.projectCode);

function registerPart(entry: Omit<RegisterEntry, 'open'> | undefined): PaperProblem['register'] {
  if (!entry) return null;
  const { status, severity, category, actionBy, dueDate, overdue } = entry;
  return { status, severity, category, actionBy, dueDate, overdue };
}

/** The month's problems texts, as written in the reports the basis counts. */
async function monthProblems(db: Queryable, planCode: string, period: number, basis: SummaryBasis) {
  const { rows } = await db.query<{
    code: string;
    name: string;
    target_no: string;
    owner_unit_id: number | null;
    owner_name: string | null;
    text: string;
  }>(
    `select p.code, p.name, t.no as target_no, p.owner_unit_id, u.name as owner_name, btrim(m.problems) as text
       from monthly_report m
       join project p on p.id = m.project_id
       join plan on plan.id = p.plan_id
       join strategy s on s.id = p.strategy_id
       join strategic_target t on t.id = s.target_id
       left join org_unit u on u.id = p.owner_unit_id
      where plan.code = $1 and m.period = $2 and m.superseded_at is null and m.state = any($3::text[])
        and btrim(coalesce(m.problems, '')) <> ''`,
    [planCode, period, COUNTED_STATES[basis]],
  );
  return rows;
}

/** Everything the paper prints, from the records as they are now. */
export async function buildPaperContent(
  db: Queryable,
  query: { planCode: string; asOf: string; basis?: SummaryBasis | undefined },
): Promise<PaperContent> {
  const basis = query.basis ?? 'submitted';
  const summary = await getProgressSummary(db, { planCode: query.planCode, asOf: query.asOf, basis });
  const period = periodKey(parsePeriod(summary.asOf)!);
  const [texts, register, attention, keyResults] = await Promise.all([
    monthProblems(db, summary.plan, period, basis),
    loadRegister(db, summary.plan, summary.asOf),
    loadAttention(db, summary.plan, summary.asOf),
    loadKeyResults(db, summary.plan, summary.fiscalYear, summary.asOf),
  ]);
  const entries = new Map((register ?? []).map((e) => [`${e.projectCode}\u0000${e.period}`, e]));
  const problems: PaperProblem[] = texts.map((r) => ({
    period: summary.asOf,
    projectCode: r.code,
    projectName: r.name,
    targetNo: r.target_no,
    ownerUnitId: r.owner_unit_id,
    ownerUnitName: r.owner_name,
    text: r.text,
    register: registerPart(entries.get(`${r.code}\u0000${summary.asOf}`)),
  }));
  const carriedOver =
    register
      ?.filter((e) => e.open && e.period < summary.asOf)
      .map(({ open: _open, ...e }) => ({ ...e, register: registerPart(e) })) ?? null;
  return {
    version: 1,
    summary: { ...summary, basis },
    problems: problems.sort(problemOrder),
    carriedOver: carriedOver?.sort(problemOrder) ?? null,
    attention,
    keyResults,
  };
}
