/**
 * "My work": what waits for the signed-in person, by role. A focal point: the unit's projects without a
 * report sent up in months still open to the unit; an approver: the unit's submitted reports they can
 * approve now; the centre: approved reports to accept, and agencies past a deadline with reports missing.
 * The same facts and rules as the reminders (src/domain/monitoring/reminders.ts), so an e-mail and this page agree.
 */
import { formatPeriod, periodFromKey } from '../../../domain';
import { bangkokDate } from '../../../domain/monitoring';
import {
  daysBetween,
  monthOpenTo,
  needsReport,
  type ReportingMonthFacts,
} from '../../../domain/monitoring/reminders';
import type { LateUnit, MyWorkItem, MyWorkResponse } from '../../../shared/api/monitoring/my-work';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import {
  loadApprovedReports,
  loadMonthsAndExceptions,
  loadProjectMonths,
  type ProjectMonthRow,
} from '../../repositories/monitoring/reminders';

export async function getMyWork(
  db: Queryable,
  actor: Actor,
  now: Date = new Date(),
): Promise<MyWorkResponse> {
  const today = bangkokDate(now);
  const empty: MyWorkResponse = {
    today,
    role: actor.role,
    report: [],
    approve: [],
    accept: [],
    lateUnits: [],
  };
  if (actor.role === 'viewer') return empty;
  if ((actor.role === 'focal_point' || actor.role === 'approver') && actor.unitId === null) return empty;

  const { months, exceptions } = await loadMonthsAndExceptions(db);
  const monthOf = new Map(months.map((m) => [m.period, m]));
  const exceptionOf = new Map(exceptions.map((e) => [`${e.unitId}|${e.period}`, e.until]));
  const openTo = (month: ReportingMonthFacts, unitId: number) =>
    monthOpenTo(month, today, exceptionOf.get(`${unitId}|${month.period}`));

  const rows = await loadProjectMonths(db, today, actor.role === 'admin' ? null : actor.unitId);
  const item = (row: ProjectMonthRow, month: ReportingMonthFacts, link: string): MyWorkItem => {
    const submittedOn = row.report?.submittedOn ?? null;
    return {
      projectId: row.projectId,
      projectCode: row.code,
      projectName: row.name,
      unit: row.unit,
      period: formatPeriod(periodFromKey(row.period)),
      deadline: month.deadline,
      daysLeft: daysBetween(today, month.deadline),
      state: row.report?.state ?? null,
      reportId: row.report?.id ?? null,
      submittedAt: row.report?.submittedAt ? row.report.submittedAt.toISOString() : null,
      waitingDays: submittedOn && row.report?.state === 'submitted' ? daysBetween(submittedOn, today) : null,
      link,
    };
  };

  if (actor.role === 'focal_point') {
    const report = rows.flatMap((row) => {
      const month = monthOf.get(row.period);
      if (!month || !openTo(month, row.unit.id) || !needsReport(row.report?.state ?? null)) return [];
      const period = formatPeriod(periodFromKey(row.period));
      return [item(row, month, `/projects/${row.projectId}?period=${period}`)];
    });
    return { ...empty, report };
  }

  if (actor.role === 'approver') {
    const approve = rows.flatMap((row) => {
      const month = monthOf.get(row.period);
      if (!month || !openTo(month, row.unit.id) || row.report?.state !== 'submitted') return [];
      const period = formatPeriod(periodFromKey(row.period));
      return [item(row, month, `/review?state=submitted&period=${period}`)];
    });
    return { ...empty, approve };
  }

  // The centre.
  const accept: MyWorkItem[] = (await loadApprovedReports(db)).map((r) => {
    const period = formatPeriod(periodFromKey(r.period));
    const submittedAt = r.submitted_at === null ? null : new Date(r.submitted_at);
    const deadline = r.deadline ?? '';
    return {
      projectId: r.project_id,
      projectCode: r.code,
      projectName: r.name,
      unit: r.unit_id === null ? null : { id: r.unit_id, code: r.unit_code ?? '', name: r.unit_name ?? '' },
      period,
      deadline,
      daysLeft: deadline ? daysBetween(today, deadline) : 0,
      state: 'approved',
      reportId: r.report_id,
      submittedAt: submittedAt ? submittedAt.toISOString() : null,
      waitingDays: null,
      link: `/review?state=approved&period=${period}`,
    };
  });
  const late = new Map<string, LateUnit>();
  for (const row of rows) {
    const month = monthOf.get(row.period);
    if (!month || !openTo(month, row.unit.id) || !needsReport(row.report?.state ?? null)) continue;
    const daysLeft = daysBetween(today, month.deadline);
    if (daysLeft >= 0) continue;
    const key = `${row.period}|${row.unit.id}`;
    const period = formatPeriod(periodFromKey(row.period));
    const entry = late.get(key) ?? {
      unit: row.unit,
      period,
      deadline: month.deadline,
      daysLate: -daysLeft,
      missing: 0,
      link: `/projects?owner=${row.unit.id}`,
    };
    entry.missing += 1;
    late.set(key, entry);
  }
  return { ...empty, accept, lateUnits: [...late.values()] };
}
