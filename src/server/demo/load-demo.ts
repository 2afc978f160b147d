/**
 * Loads the demo on an empty database: units, the 2566–2570 plan and its reports (through the same
 * importers agencies use), and one account per role. Any failure stops the start: nothing is swallowed.
 */
import { DEMO_LOADER } from '../actor';
import type { Database, Queryable } from '../db/database';
import type { Table } from '../import/read-table';
import { createUnit } from '../repositories/unit-admin';
import { importPlanTable } from '../use-cases/import-plan';
import { importReportTable } from '../use-cases/import-reports';
import { createUser } from '../use-cases/manage-users';
import { openReportingMonth } from '../use-cases/reporting-months';
import { demoPlanRows, demoReportRows, demoUnits } from './demo-data';

export const DEMO_PASSWORD = 'tidtam-demo';

export const DEMO_ACCOUNTS = [
  { username: 'admin', displayName: 'เจ้าหน้าที่สำนักงาน ก.ก.', role: 'admin', unit: 'OCSC-BMA' },
  {
    username: 'focal.bhrdi',
    displayName: 'ผู้รับผิดชอบโครงการ สถาบันพัฒนาทรัพยากรบุคคล',
    role: 'focal_point',
    unit: 'BHRDI',
  },
  {
    username: 'approver.bhrdi',
    displayName: 'ผู้อำนวยการสถาบันพัฒนาทรัพยากรบุคคล',
    role: 'approver',
    unit: 'BHRDI',
  },
  {
    username: 'focal.pers',
    displayName: 'ผู้รับผิดชอบโครงการ สำนักงานการเจ้าหน้าที่',
    role: 'focal_point',
    unit: 'PERS',
  },
  { username: 'committee', displayName: 'กรรมการ อ.ก.ก. วิสามัญ', role: 'viewer', unit: null },
] as const;

const asTable = (rows: ReadonlyArray<Record<string, string>>): Table => ({
  headers: Object.keys(rows[0] ?? {}),
  rows: rows.map((values, i) => ({ row: i + 2, values })),
});

export async function isEmpty(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    'select (select count(*) from plan) + (select count(*) from app_user) as n',
  );
  return Number(rows[0]?.n ?? 0) === 0;
}

export async function loadDemo(db: Database): Promise<void> {
  const unitIds = new Map<string, number>();
  await db.transaction(async (tx) => {
    for (const u of demoUnits) unitIds.set(u.code, await createUnit(tx, DEMO_LOADER, u));
  });
  await importPlanTable(db, DEMO_LOADER, asTable(demoPlanRows));
  await importReportTable(db, DEMO_LOADER, asTable(demoReportRows), { source: 'demo' });
  await openDemoMonths(db);
  await db.transaction((tx) => shapeDemoHistory(tx));
  await db.transaction(async (tx) => {
    for (const a of DEMO_ACCOUNTS) {
      await createUser(tx, DEMO_LOADER, {
        username: a.username,
        displayName: a.displayName,
        password: DEMO_PASSWORD,
        role: a.role,
        unitId: a.unit ? (unitIds.get(a.unit) ?? null) : null,
        email: null,
      });
    }
  });
}

/** The demo's reporting months: 2565-10 … 2566-05 (locked long ago) and 2566-06, left open to try the cycle. */
export const DEMO_OPEN_MONTH = '2566-06';
const DEMO_HISTORY = ['2565-10', '2565-11', '2565-12', '2566-01', '2566-02', '2566-03', '2566-04', '2566-05'];

async function openDemoMonths(db: Database) {
  for (const period of DEMO_HISTORY) await openReportingMonth(db, DEMO_LOADER, { period, lockAfterDays: 10 });
  // Never locks by itself, so the demo stays usable for trying the monthly cycle years later.
  await openReportingMonth(db, DEMO_LOADER, { period: DEMO_OPEN_MONTH, lockAfterDays: null });
}

/**
 * Gives the imported history believable dates and states: about one report in five came in after the
 * deadline (deterministic, from project and month), and some May 2566 reports still await review.
 */
async function shapeDemoHistory(tx: Queryable) {
  await tx.query(
    `update monthly_report m
        set submitted_at = t.at, reported_at = t.at, accepted_at = t.at + interval '3 days'
       from (select m2.id,
                    ((rm.deadline + case when (m2.project_id * 7 + m2.period) % 5 = 0
                                         then 1 + (m2.project_id + m2.period) % 7
                                         else -((m2.project_id + m2.period) % 4) end)::text
                     || ' 03:00:00+00')::timestamptz as at
               from monthly_report m2 join reporting_month rm on rm.period = m2.period) t
      where t.id = m.id`,
  );
  await tx.query(
    `update monthly_report m set state = w.state, accepted_at = null, accepted_by_label = null,
            approved_at = case when w.state = 'approved' then m.submitted_at + interval '2 days' end,
            approved_by_label = case when w.state = 'approved' then 'approver (demo)' end
       from project p join org_unit u on u.id = p.owner_unit_id
       join (values ('SPE', 'approved'), ('MED', 'approved'), ('D-CHATUCHAK', 'submitted')) as w(code, state)
         on w.code = u.code
      where m.project_id = p.id and m.period = 256605 and m.superseded_at is null`,
  );
}
