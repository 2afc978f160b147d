/**
 * What one import writes beside the reports, row by row: a version and an audit row per report (the
 * replaced version as `before`), and the problems register — an entry per project and month with problems
 * text, updated when the text changes, left as it is by a version without text. A file mixing rows with and
 * without text, imported over reports of its own months, so every path of writeReports runs at once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import type { Database } from '../../src/server/db/database';
import { importPlan } from '../../src/server/use-cases/monitoring/import-plan';
import { importReports } from '../../src/server/use-cases/monitoring/import-reports';
import { count, resetDatabase } from '../fixtures/db';
import { basePlanRows, csvBytes, REPORT_HEADERS, reportRow, type Row } from '../fixtures/files';
import { createTestDatabase } from '../helpers/test-db';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
beforeEach(async () => {
  await resetDatabase(db);
  await importPlan(db, OPERATOR, csvBytes(basePlanRows()));
});
afterAll(async () => {
  await db.close();
});

const importRows = (rows: Row[], dryRun = false) =>
  importReports(db, OPERATOR, csvBytes(rows, REPORT_HEADERS), { dryRun });

async function register() {
  const { rows } = await db.query<{ code: string; period: number; description: string; version: number }>(
    `select p.code, pr.period, pr.description, pr.version
       from problem pr join project p on p.id = pr.project_id order by p.code, pr.period`,
  );
  return rows;
}

async function auditOf(entity: string) {
  const { rows } = await db.query<{ action: string; entity_id: string; before: unknown; after: unknown }>(
    `select action, entity_id, before, after from audit_event where entity = $1 order by id`,
    [entity],
  );
  return rows;
}

const FIRST: Row[] = [
  reportRow('A-01', '2566-03', 'in_progress', { percent: '40', problems: 'ขาดงบประมาณ' }),
  reportRow('A-02', '2566-03', 'in_progress', { percent: '10' }),
  reportRow('B-01', '2566-03', 'in_progress', { problems: 'ขาดบุคลากร' }),
  reportRow('A-01', '2566-04', 'in_progress', { percent: '50' }),
];

describe('one import writes the reports, their audit rows and the problems register together', () => {
  it('opens an entry per report with problems text, and one audit row per report', async () => {
    const result = await importRows(FIRST);
    expect(count(result.created, 'monthly_report')).toBe(4);
    expect(count(result.updated, 'monthly_report')).toBe(0);
    expect(await register()).toEqual([
      { code: 'A-01', period: 256603, description: 'ขาดงบประมาณ', version: 1 },
      { code: 'B-01', period: 256603, description: 'ขาดบุคลากร', version: 1 },
    ]);
    const submits = await auditOf('monthly_report');
    expect(submits).toHaveLength(4);
    expect(submits.every((a) => a.action === 'submit' && a.before === null)).toBe(true);
    const { rows: ids } = await db.query<{ id: number }>('select id from monthly_report order by id');
    expect(submits.map((a) => Number(a.entity_id)).sort((a, b) => a - b)).toEqual(ids.map((r) => r.id));
    expect((await auditOf('problem')).map((a) => a.action)).toEqual(['create', 'create']);
  });

  it('over reports of the same months: replaces them, updates changed texts, leaves entries without new text', async () => {
    await importRows(FIRST);
    const { rows: before } = await db.query<{ id: number; code: string; period: number }>(
      `select m.id, p.code, m.period from monthly_report m join project p on p.id = m.project_id`,
    );
    const second = await importRows([
      reportRow('A-01', '2566-03', 'completed', { percent: '100', problems: 'ขาดงบประมาณ ล่าช้า' }),
      reportRow('B-01', '2566-03', 'completed'),
      reportRow('A-02', '2566-03', 'in_progress', { percent: '20', problems: 'รออนุมัติ' }),
      reportRow('A-02', '2566-04', 'in_progress', { percent: '30' }),
    ]);
    expect(count(second.created, 'monthly_report')).toBe(1);
    expect(count(second.updated, 'monthly_report')).toBe(3);

    expect(await register()).toEqual([
      { code: 'A-01', period: 256603, description: 'ขาดงบประมาณ ล่าช้า', version: 2 },
      { code: 'A-02', period: 256603, description: 'รออนุมัติ', version: 1 },
      { code: 'B-01', period: 256603, description: 'ขาดบุคลากร', version: 1 },
    ]);
    expect(
      (await auditOf('problem'))
        .map((a) => `${a.action} ${(a.after as { description: string }).description}`)
        .sort(),
    ).toEqual(['create ขาดงบประมาณ', 'create ขาดบุคลากร', 'create รออนุมัติ', 'update ขาดงบประมาณ ล่าช้า']);

    // Each replaced version is linked to its successor, and the successor's audit row holds it as `before`.
    const { rows: versions } = await db.query<{
      id: number;
      code: string;
      period: number;
      superseded_by: number | null;
    }>(
      `select m.id, p.code, m.period, m.superseded_by from monthly_report m
         join project p on p.id = m.project_id order by m.id`,
    );
    const submits = await auditOf('monthly_report');
    expect(submits).toHaveLength(8);
    for (const old of before) {
      const row = versions.find((v) => v.id === old.id)!;
      const replaced = ['A-01|256603', 'A-02|256603', 'B-01|256603'].includes(`${old.code}|${old.period}`);
      if (!replaced) {
        expect(row.superseded_by).toBeNull();
        continue;
      }
      expect(row.superseded_by).not.toBeNull();
      const audit = submits.find((a) => Number(a.entity_id) === row.superseded_by)!;
      expect(audit.before).toMatchObject({ id: old.id, period: old.period });
      expect(audit.after).toMatchObject({ id: row.superseded_by, period: old.period });
    }
  });

  it('a dry run answers the same counts and leaves nothing behind', async () => {
    await importRows(FIRST);
    const tables = async () =>
      (
        await db.query<{ reports: number; problems: number; audit: number }>(
          `select (select count(*)::int from monthly_report) as reports, (select count(*)::int from problem) as problems,
                  (select count(*)::int from audit_event) as audit`,
        )
      ).rows[0];
    const was = await tables();
    const dry = await importRows(
      [
        reportRow('A-01', '2566-03', 'completed', { problems: 'ใหม่' }),
        reportRow('C-01', '2567-01', 'in_progress', { problems: 'อีกเรื่อง' }),
      ],
      true,
    );
    expect(dry.dryRun).toBe(true);
    expect(count(dry.created, 'monthly_report')).toBe(1);
    expect(count(dry.updated, 'monthly_report')).toBe(1);
    expect(await tables()).toEqual(was);
  });
});
