/** A focal point saves or submits one project's report for one month (a new version each time). */
import { fiscalYearOfPeriod, formatPeriod, parsePeriod, periodKey } from '../../../domain';
import { decideReportAction, type ReportState } from '../../../domain/monitoring';
import type { MonthlyReportInput, MonthlyReportView } from '../../../shared/api/monitoring/plans';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { AppError, invalidInput, notFound } from '../../errors';
import { listReports } from '../../repositories/monitoring/project-detail';
import { monthWindow } from '../../repositories/monitoring/reporting-months';
import { writeReports } from '../../repositories/monitoring/reports';
import { currentPeriodKey } from '../clock';
import { checkStatusPercent } from '../../../domain/monitoring/status-percent';

export async function submitMonthlyReport(
  db: Database,
  actor: Actor,
  projectId: number,
  input: MonthlyReportInput,
): Promise<MonthlyReportView> {
  const period = parsePeriod(input.period);
  if (!period)
    throw invalidInput([
      { field: 'period', en: 'must be a month like 2566-05', th: 'ต้องเป็นเดือน เช่น 2566-05' },
    ]);
  // The route's schema checks this too; callers without it (the command line, tests) get the same rule.
  const note = checkStatusPercent(input.status, input.percent ?? null);
  if (note?.level === 'refused') throw invalidInput([{ field: 'percent', en: note.en, th: note.th }]);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ owner_unit_id: number | null; start_year: number; end_year: number }>(
      `select p.owner_unit_id, plan.start_year, plan.end_year from project p join plan on plan.id = p.plan_id
        where p.id = $1 for update of p`,
      [projectId],
    );
    const project = rows[0];
    if (!project) throw notFound({ th: 'โครงการนี้', en: 'This project' });
    const fy = fiscalYearOfPeriod(period);
    if (fy < project.start_year || fy > project.end_year) {
      throw invalidInput([
        {
          field: 'period',
          en: `${formatPeriod(period)} is outside the plan's fiscal years`,
          th: `${formatPeriod(period)} อยู่นอกปีงบประมาณของแผน`,
        },
      ]);
    }
    if (periodKey(period) > currentPeriodKey()) {
      throw invalidInput([{ field: 'period', en: 'this month has not happened yet', th: 'เดือนนี้ยังมาไม่ถึง' }]);
    }
    const { rows: current } = await tx.query<{ state: ReportState }>(
      'select state from monthly_report where project_id = $1 and period = $2 and superseded_at is null',
      [projectId, periodKey(period)],
    );
    const decision = decideReportAction({
      action: input.action ?? 'submit',
      role: actor.role,
      ownUnit: actor.unitId !== null && actor.unitId === project.owner_unit_id,
      state: current[0]?.state ?? null,
      month: await monthWindow(tx, periodKey(period), project.owner_unit_id),
    });
    if (!decision.ok) throw new AppError(decision.kind, decision.reason);
    const [written] = await writeReports(
      tx,
      actor,
      [
        {
          projectId,
          period: periodKey(period),
          status: input.status,
          percent: input.percent === null || input.percent === undefined ? null : String(input.percent),
          kpiActual: input.kpiActual ?? null,
          spent: input.spent ?? null,
          problems: input.problems || null,
          nextSteps: input.nextSteps || null,
        },
      ],
      'web',
      decision.next,
    );
    const history = await listReports(tx, projectId);
    return history.find((r) => r.id === written!.id)!;
  });
}
