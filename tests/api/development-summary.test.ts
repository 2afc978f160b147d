/** The consolidated development plan computed from the projects of a year (seed 004's FY2564 figures). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { developmentSummary } from '../../src/server/use-cases/development/summary';
import { createTestDatabase } from '../helpers/test-db';

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.exec(`
    insert into org_unit (code, name) values ('DEV-A', 'สำนักงานเขตทดสอบ ก'), ('DEV-B', 'สำนักทดสอบ ข');
    insert into hrd_plan (code, name, from_fiscal_year, to_fiscal_year)
      values ('HRD-2561-2565', 'แผนพัฒนาทรัพยากรบุคคลของกรุงเทพมหานคร พ.ศ. 2561-2565', 2561, 2565);
    insert into hrd_strategy (hrd_plan_id, no, name)
      select h.id, s.no, s.name from hrd_plan h,
        (values ('1', 'สมรรถนะ'), ('2', 'นักบริหาร'), ('3', 'เครื่องมือ'), ('4', 'วัฒนธรรม'), ('10', 'ว่าง')) s (no, name);
    insert into development_year (fiscal_year, hrd_plan_id, form_name, salary_budget)
      select 2564, id, 'HRD 64', 15092000000 from hrd_plan;
    -- 332 projects: strategy by row number (236/15/33/48), participants spread to 46,504/1,276/2,991/7,982,
    -- budget 1,063,754.23 baht each except the first, which carries the remainder, total 353,166,405.00
    with n as (select g, case when g <= 236 then 1 when g <= 251 then 2 when g <= 284 then 3 else 4 end as st
                 from generate_series(1, 332) g),
         r as (select g, st, row_number() over (partition by st order by g) - 1 as i,
                      count(*) over (partition by st) as c,
                      case st when 1 then 46504 when 2 then 1276 when 3 then 2991 else 7982 end as seats from n)
    insert into development_project (fiscal_year, unit_id, project_code, project_name, hrd_strategy_id,
                                     activity_type, participants, budget, budget_source)
    select 2564, (select id from org_unit where code = case when g % 2 = 0 then 'DEV-A' else 'DEV-B' end),
           'P' || g, 'โครงการตัวอย่าง ' || g, s.id, 'training',
           seats / c + case when i < seats % c then 1 else 0 end,
           case when g = 1 then 353166405.00 - 331 * 1063754.23 else 1063754.23 end,
           case when g % 10 = 0 then 'none' when g % 10 = 1 then 'other' else 'ordinance' end
      from r join hrd_strategy s on s.no = r.st::text;
    update development_project set budget = 0 where budget_source = 'none' and project_code <> 'P1';
  `);
});

afterAll(async () => {
  await db?.close();
});

describe('development summary', () => {
  it("prints seed 004's FY2564 totals and strategy split", async () => {
    // the 33 'none' projects carry no budget: move their share onto P1 so the total stays 353,166,405
    await db.exec(
      `update development_project set budget = budget + 33 * 1063754.23 where project_code = 'P1'`,
    );
    const s = await developmentSummary(db, 2564);
    expect(s.projects).toBe(332);
    expect(s.participants).toBe(58_753);
    expect(s.budget).toBe(353_166_405);
    expect(s.budgetText).toBe('สามร้อยห้าสิบสามล้านหนึ่งแสนหกหมื่นหกพันสี่ร้อยห้าบาทถ้วน');
    expect(s.salaryBudget).toBe(15_092_000_000);
    expect(s.budgetPctOfSalary).toBe(2.34);
    expect(s.strategies.map((x) => [x.no, x.projects, x.participants])).toEqual([
      ['1', 236, 46_504],
      ['2', 15, 1_276],
      ['3', 33, 2_991],
      ['4', 48, 7_982],
      ['10', 0, 0],
    ]);
    expect(s.budgetSources.map((x) => [x.source, x.projects])).toEqual([
      ['ordinance', 265],
      ['other', 34],
      ['none', 33],
    ]);
    expect(s.budgetSources[2]!.budget).toBe(0);
    expect(s.budgetSources.reduce((a, x) => a + x.budget, 0)).toBeCloseTo(353_166_405, 2);
  });
  it('is not found for a year without a plan', async () => {
    await expect(developmentSummary(db, 2599)).rejects.toMatchObject({ code: 'not_found' });
  });
});
