/**
 * Writes the reporting months, opened by the dataset's admin (a month opened already, by another
 * dataset or the demo, is left as it is: months are shared by all plans), and the late units' extra
 * time; appends an audit row for each month it opened.
 */
import type { Queryable } from '../db/database';
import type { AuditEntry } from '../repositories/audit';
import { stamp } from './calendar';
import { insertRows } from './insert-rows';
import type { ExceptionRow, ReportingMonthRow } from './reporting-months';

export async function writeReportingMonths(
  tx: Queryable,
  months: readonly ReportingMonthRow[],
  exceptions: readonly ExceptionRow[],
  admin: { id: number | undefined; username: string },
  unitId: ReadonlyMap<string, number>,
  audits: AuditEntry[],
): Promise<void> {
  const monthRows = await tx.query<{ period: number }>(
    `insert into reporting_month (period, deadline, lock_after_days, opened_at, opened_by, opened_by_label)
     select * from unnest($1::int[], $2::date[], $3::int[], $4::timestamptz[], $5::int[], $6::text[])
     on conflict (period) do nothing returning period`,
    [
      months.map((m) => m.period),
      months.map((m) => m.deadline),
      months.map((m) => m.lockAfterDays),
      months.map((m) => stamp(m.openedAt)),
      months.map(() => admin.id),
      months.map(() => admin.username),
    ],
  );
  for (const m of monthRows.rows)
    audits.push({
      action: 'create',
      entity: 'reporting_month',
      entityId: m.period,
      after: { period: m.period },
    });
  await insertRows(tx, 'reporting_exception', [
    ['unit_id', 'int', exceptions.map((e) => unitId.get(e.unitCode))],
    ['period', 'int', exceptions.map((e) => e.period)],
    ['until', 'date', exceptions.map((e) => e.until)],
    ['reason', 'text', exceptions.map(() => 'หน่วยงานขอขยายเวลาเนื่องจากเปลี่ยนผู้รับผิดชอบโครงการ')],
    ['granted_by_label', 'text', exceptions.map(() => admin.username)],
    ['granted_at', 'timestamptz', exceptions.map((e) => stamp(e.grantedAt))],
  ]);
}
