/**
 * What reminders and "my work" are computed from, and the reminder records (exactly-once claims).
 * See src/server/mail/README.md for the design.
 */
import type { ReminderFacts } from '../../../domain/monitoring/reminders';
import { bangkokDate, type ReportState } from '../../../domain/monitoring';
import type { Queryable } from '../../db/database';
import { getSetting } from './reporting-months';
import { loadActivePeople } from '../reminder-ledger';

export {
  MAX_ATTEMPTS,
  INTERRUPTED_AFTER_MINUTES,
  loadActivePeople,
  takenItemKeys,
  itemId,
  claimReminder,
  updateReminderContent,
  markSent,
  markFailed,
  recoverInterrupted,
  type PersonRow,
  type NewReminder,
} from '../reminder-ledger';

export interface ProjectMonthRow {
  period: number;
  projectId: number;
  code: string;
  name: string;
  unit: { id: number; code: string; name: string };
  report: { id: number; state: ReportState; submittedAt: Date | null; submittedOn: string | null } | null;
}

/** Fiscal year (BE) of a period key column, in SQL. */
const FISCAL_YEAR = (col: string) => `(${col} / 100 + case when ${col} % 100 >= 10 then 1 else 0 end)`;

/**
 * For every opened month: each project its unit must report, with its current report — limited to months
 * the unit may still work on `today`, plus every report still waiting for approval. "Must report" is the
 * "expected" of src/domain/monitoring/timeliness.ts: running in the month's fiscal year, owned by an (active) unit,
 * started by the month's end when it has a start date, not completed or cancelled in an earlier report
 * sent up.
 */
export async function loadProjectMonths(
  db: Queryable,
  today: string,
  unitId: number | null = null,
): Promise<ProjectMonthRow[]> {
  const { rows } = await db.query<{
    period: number;
    project_id: number;
    code: string;
    name: string;
    unit_id: number;
    unit_code: string;
    unit_name: string;
    report_id: number | null;
    state: ReportState | null;
    submitted_at: Date | string | null;
  }>(
    `select rm.period, p.id as project_id, p.code, p.name, u.id as unit_id, u.code as unit_code,
            u.name as unit_name, cur.id as report_id, cur.state, cur.submitted_at
       from reporting_month rm
       join project p on p.fiscal_year_from <= ${FISCAL_YEAR('rm.period')}
                     and p.fiscal_year_to >= ${FISCAL_YEAR('rm.period')}
       join org_unit u on u.id = p.owner_unit_id and u.status = 'active'
       left join reporting_exception e on e.unit_id = u.id and e.period = rm.period
       left join monthly_report cur on cur.project_id = p.id and cur.period = rm.period and cur.superseded_at is null
       left join lateral (
         select f.status from monthly_report f
          where f.project_id = p.id and f.period < rm.period and f.superseded_at is null
            and f.state in ('submitted', 'approved', 'accepted')
          order by f.period desc limit 1
       ) prev on true
      where ($2::int is null or u.id = $2)
        and (cur.state = 'submitted'
         or ((rm.lock_after_days is null or rm.deadline + rm.lock_after_days >= $1::date or e.until >= $1::date)
             and (p.start_date is null
                  or p.start_date < (make_date(rm.period / 100 - 543, rm.period % 100, 1) + interval '1 month')::date)
             and coalesce(prev.status, '') not in ('completed', 'cancelled')))
      order by rm.period, u.id, p.code`,
    [today, unitId],
  );
  return rows.map((r) => {
    const submittedAt = r.submitted_at === null ? null : new Date(r.submitted_at);
    return {
      period: r.period,
      projectId: r.project_id,
      code: r.code,
      name: r.name,
      unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name },
      report:
        r.report_id === null || r.state === null
          ? null
          : {
              id: r.report_id,
              state: r.state,
              submittedAt,
              submittedOn: submittedAt ? bangkokDate(submittedAt) : null,
            },
    };
  });
}

export async function loadMonthsAndExceptions(db: Queryable) {
  const { rows: months } = await db.query<{
    period: number;
    deadline: string;
    lock_after_days: number | null;
  }>('select period, deadline, lock_after_days from reporting_month order by period');
  const { rows: exceptions } = await db.query<{ unit_id: number; period: number; until: string }>(
    'select unit_id, period, until from reporting_exception',
  );
  return {
    months: months.map((m) => ({ period: m.period, deadline: m.deadline, lockAfterDays: m.lock_after_days })),
    exceptions: exceptions.map((e) => ({ unitId: e.unit_id, period: e.period, until: e.until })),
  };
}

export async function loadReminderSettings(db: Queryable) {
  return {
    remindDaysBefore: await getSetting(db, 'remind_days_before', 3),
    escalateAfterDays: await getSetting(db, 'escalate_after_days', 5),
  };
}

/** Everything decideReminders needs, plus the rows and people to write the e-mails with. */
export async function loadReminderFacts(db: Queryable, today: string) {
  const [rows, monthsAndExceptions, people, settings] = await Promise.all([
    loadProjectMonths(db, today),
    loadMonthsAndExceptions(db),
    loadActivePeople(db),
    loadReminderSettings(db),
  ]);
  const facts: ReminderFacts = {
    today,
    settings,
    ...monthsAndExceptions,
    projects: rows.map((r) => ({
      projectId: r.projectId,
      unitId: r.unit.id,
      period: r.period,
      report: r.report && { id: r.report.id, state: r.report.state, submittedOn: r.report.submittedOn },
    })),
    people: people.map((p) => ({ userId: p.userId, role: p.role, unitId: p.unitId })),
  };
  return { facts, rows, people };
}

/** The centre's queue: approved reports (any month), for "my work". */
export async function loadApprovedReports(db: Queryable) {
  const { rows } = await db.query<{
    report_id: number;
    period: number;
    project_id: number;
    code: string;
    name: string;
    unit_id: number | null;
    unit_code: string | null;
    unit_name: string | null;
    submitted_at: Date | string | null;
    deadline: string | null;
  }>(
    `select m.id as report_id, m.period, p.id as project_id, p.code, p.name, u.id as unit_id, u.code as unit_code,
            u.name as unit_name, m.submitted_at, rm.deadline
       from monthly_report m
       join project p on p.id = m.project_id
       left join org_unit u on u.id = p.owner_unit_id
       left join reporting_month rm on rm.period = m.period
      where m.state = 'approved' and m.superseded_at is null
      order by m.period, u.id, p.code
      limit 2000`,
  );
  return rows;
}
