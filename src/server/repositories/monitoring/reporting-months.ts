/** Reporting months, their lock exceptions and the settings that shape the cycle. */
import { bangkokDate, isMonthLocked, lockDate, type MonthWindow } from '../../../domain/monitoring';
import type { Queryable } from '../../db/database';

export interface ReportingMonthRow {
  period: number;
  deadline: string;
  lock_after_days: number | null;
  opened_at: Date;
  opened_by_label: string;
}

export async function getSetting(db: Queryable, key: string, fallback: number): Promise<number> {
  const { rows } = await db.query<{ value: unknown }>('select value from app_setting where key = $1', [key]);
  const value = Number(rows[0]?.value);
  return Number.isFinite(value) ? value : fallback;
}

export async function getReportingMonth(db: Queryable, period: number): Promise<ReportingMonthRow | null> {
  const { rows } = await db.query<ReportingMonthRow>(
    'select period, deadline, lock_after_days, opened_at, opened_by_label from reporting_month where period = $1',
    [period],
  );
  return rows[0] ?? null;
}

type Window = MonthWindow & { deadline: string | null; lockDate: string | null };

function windowOf(month: ReportingMonthRow | undefined, exceptionUntil: string | null, now: Date): Window {
  if (!month) return { open: false, locked: false, deadline: null, lockDate: null };
  return {
    open: true,
    locked: isMonthLocked({
      today: bangkokDate(now),
      deadline: month.deadline,
      lockAfterDays: month.lock_after_days,
      exceptionUntil,
    }),
    deadline: month.deadline,
    lockDate: lockDate(month.deadline, month.lock_after_days),
  };
}

/** Whether a unit may still work on a month today: open, and not locked (or excepted). */
export async function monthWindow(
  db: Queryable,
  period: number,
  unitId: number | null,
  now: Date = new Date(),
): Promise<Window> {
  const month = await getReportingMonth(db, period);
  if (!month || unitId === null) return windowOf(month ?? undefined, null, now);
  const { rows } = await db.query<{ until: string }>(
    'select until from reporting_exception where unit_id = $1 and period = $2',
    [unitId, period],
  );
  return windowOf(month, rows[0]?.until ?? null, now);
}

/**
 * The windows of many (month, unit) pairs from two queries, for lists and file imports that
 * would otherwise ask once per pair.
 */
export async function loadMonthWindows(db: Queryable, now: Date = new Date()) {
  const { rows: months } = await db.query<ReportingMonthRow>(
    'select period, deadline, lock_after_days, opened_at, opened_by_label from reporting_month',
  );
  const { rows: exceptions } = await db.query<{ unit_id: number; period: number; until: string }>(
    'select unit_id, period, until from reporting_exception',
  );
  const byPeriod = new Map(months.map((m) => [m.period, m]));
  const until = new Map(exceptions.map((e) => [`${e.period}|${e.unit_id}`, e.until]));
  return (period: number, unitId: number | null): Window =>
    windowOf(byPeriod.get(period), unitId === null ? null : (until.get(`${period}|${unitId}`) ?? null), now);
}
