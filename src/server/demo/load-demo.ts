/**
 * Loads the demo on an empty database: units, the 2566–2570 plan and its reports (through the same
 * importers agencies use), and one account per role. Any failure stops the start: nothing is swallowed.
 */
import { DEMO_LOADER } from '../actor';
import type { Database } from '../db/database';
import type { Table } from '../import/read-table';
import { createUnit } from '../repositories/unit-admin';
import { importPlanTable } from '../use-cases/import-plan';
import { importReportTable } from '../use-cases/import-reports';
import { createUser } from '../use-cases/manage-users';
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
