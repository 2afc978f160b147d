/**
 * The test database helper itself, on whichever kind TIDTAM_TEST_DB selects (`npm run test:db` for
 * PGlite, `npm run test:db:pg` for PostgreSQL): fresh, migrated, empty, isolated, and with the value
 * conventions of src/server/db/database.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../src/server/db/database';
import { createTestDatabase, testDbKind } from '../helpers/test-db';
import { SEEDED_BY_MIGRATIONS } from '../../src/server/backup/restore';

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.close();
});

const count = async (d: Queryable, table: string) =>
  Number((await d.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n);

/** A plan with one target, strategy and project; returns the project id. */
async function insertProject(d: Database, values: { budget: string; startDate: string }): Promise<number> {
  return d.transaction(async (tx) => {
    const plan = await tx.query<{ id: number }>(
      `insert into plan (code, name, start_year, end_year) values ('P-SMOKE', 'แผนทดสอบ', 2566, 2570) returning id`,
    );
    const planId = plan.rows[0]!.id;
    const target = await tx.query<{ id: number }>(
      `insert into strategic_target (plan_id, no, name) values ($1, '1', 'เป้าหมาย') returning id`,
      [planId],
    );
    const strategy = await tx.query<{ id: number }>(
      `insert into strategy (target_id, no, name) values ($1, '1.1', 'กลยุทธ์') returning id`,
      [target.rows[0]!.id],
    );
    const project = await tx.query<{ id: number }>(
      `insert into project (plan_id, strategy_id, code, name, fiscal_year_from, fiscal_year_to, start_date, budget)
       values ($1, $2, 'PJ-1', 'สรุปความก้าวหน้า', 2567, 2567, $3, $4) returning id`,
      [planId, strategy.rows[0]!.id, values.startDate, values.budget],
    );
    return project.rows[0]!.id;
  });
}

describe(`test database (${testDbKind})`, () => {
  it('is of the kind TIDTAM_TEST_DB asks for', () => {
    expect(db.kind).toBe(testDbKind);
  });

  it('is migrated and empty but for the default settings', async () => {
    const { rows } = await db.query<{ version: string }>(
      'select version from schema_migration order by version',
    );
    expect(rows.map((r) => r.version)).toContain('0001_core');
    expect(rows.map((r) => r.version)).toContain('0002_reporting_cycle');
    const tables = await db.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`,
    );
    const names = tables.rows.map((r) => r.name);
    expect(names).toContain('project');
    // Only the tables the migrations fill themselves (the same list restore treats as empty) have rows.
    for (const name of names.filter((n) => !SEEDED_BY_MIGRATIONS.has(n))) {
      expect(await count(db, name), `rows in ${name}`).toBe(0);
    }
    // The reporting cycle's settings (migration 0002), with their default values.
    const settings = await db.query<{ key: string; value: unknown }>(
      'select key, value from app_setting order by key',
    );
    expect(settings.rows).toEqual([
      { key: 'escalate_after_days', value: 5 },
      { key: 'lock_after_days', value: 10 },
      { key: 'no_progress_months', value: 3 },
      { key: 'remind_days_before', value: 3 },
    ]);
  });

  it('writes nothing when a transaction throws', async () => {
    const work = db.transaction(async (tx) => {
      await tx.query(`insert into org_unit (code, name) values ('U-ROLLBACK', 'หน่วยงานทดสอบ')`);
      expect(await count(tx, 'org_unit')).toBe(1);
      throw new Error('boom');
    });
    await expect(work).rejects.toThrow('boom');
    expect(await count(db, 'org_unit')).toBe(0);
  });

  it('returns numeric as exact strings and date as YYYY-MM-DD', async () => {
    // 99999999999999.99 has no exact double: a float on the way would show as …98.
    const id = await insertProject(db, { budget: '99999999999999.99', startDate: '2024-02-29' });
    const { rows } = await db.query<{ budget: unknown; start_date: unknown; id: unknown }>(
      'select id, budget, start_date from project where id = $1',
      [id],
    );
    expect(rows[0]).toEqual({ id, budget: '99999999999999.99', start_date: '2024-02-29' });

    const scalars = await db.query<{ n: unknown; d: unknown; big: unknown }>(
      `select 1.5::numeric(16, 2) as n, date '2567-01-31' as d, 9007199254740::bigint as big`,
    );
    expect(scalars.rows[0]).toEqual({ n: '1.50', d: '2567-01-31', big: 9007199254740 });
  });

  it('gives every call its own database, deleted on close', async () => {
    await db.query(`insert into org_unit (code, name) values ('U-MINE', 'หน่วยงานของไฟล์นี้')`);
    const other = await createTestDatabase();
    try {
      expect(other.kind).toBe(testDbKind);
      expect(await count(other, 'org_unit')).toBe(0);
      expect(await count(other, 'schema_migration')).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
    await expect(other.query('select 1')).rejects.toThrow();
    await other.close(); // twice is harmless
    expect(await count(db, 'org_unit')).toBe(1);
  });
});
