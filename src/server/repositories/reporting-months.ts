/** Reporting months, their lock exceptions and the settings that shape the cycle. */
import { bangkokDate, isMonthLocked, lockDate, type MonthWindow } from '../../domain';
import type { Queryable } from '../db/database';

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

/** Whether a unit may still work on a month today: open, and not locked (or excepted). */
export async function monthWindow(
  db: Queryable,
  period: number,
  unitId: number | null,
  now: Date = new Date(),
): Promise<MonthWindow & { deadline: string | null; lockDate: string | null }> {
  const month = await getReportingMonth(db, period);
  if (!month) return { open: false, locked: false, deadline: null, lockDate: null };
  const { rows } =
    unitId === null
      ? { rows: [] as { until: string }[] }
      : await db.query<{ until: string }>(
          'select until from reporting_exception where unit_id = $1 and period = $2',
          [unitId, period],
        );
  return {
    open: true,
    locked: isMonthLocked({
      today: bangkokDate(now),
      deadline: month.deadline,
      lockAfterDays: month.lock_after_days,
      exceptionUntil: rows[0]?.until ?? null,
    }),
    deadline: month.deadline,
    lockDate: lockDate(month.deadline, month.lock_after_days),
  };
}
