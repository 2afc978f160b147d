/**
 * The development commands of formats.md through bin/tidtam: a crafted plan file whose summary JSON was
 * worked out by hand (below), the salary budget as its denominator, a bad file that exits 1 with every row
 * error and writes nothing, and a re-import that updates in place.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliWorkspace, show, tidtam } from '../helpers/cli';

const { dataDir, freshTarget } = cliWorkspace('dev_cli');
const TIMEOUT = 400_000; // nine spawns in one test, on a loaded 2-core machine
const UNITS_PLAN = fileURLToPath(new URL('../fixtures/cli/plan.csv', import.meta.url));

const HEADER =
  'fiscal_year,hrd_plan,hrd_plan_name,hrd_strategy,hrd_strategy_name,unit,project_code,project_name,activity_type,participants,budget,budget_source';
const PLAN = 'HRD-2566-2570,แผนพัฒนาทรัพยากรบุคคลของกรุงเทพมหานคร พ.ศ. ๒๕๖๖–๒๕๗๐';
const GOOD = [
  HEADER,
  `2566,${PLAN},1,สมรรถนะพึงประสงค์,UNIT-A,D-01,หลักสูตรหนึ่ง,training,120,"1,250,000.50",ordinance`,
  `2566,${PLAN},2,ผู้นำ,สำนักงานเขตพระนคร,D-02,สัมมนาสอง,seminar,45,21,other`,
  `2566,${PLAN},10,วัฒนธรรมองค์กร,UNIT-A,D-03,ดูงานสาม,การดูงาน,๓๐,,ไม่ใช้งบประมาณ`,
  `๒๕๖๖,${PLAN},1,สมรรถนะพึงประสงค์,สำนักงานเขตพระนคร,D-04,ประชุมสี่,meeting,11,1000000,ordinance`,
].join('\n');
const BAD = [
  HEADER,
  `2566,${PLAN},1,สมรรถนะพึงประสงค์,UNIT-A,D-01,หลักสูตรหนึ่ง,training,120,100,ordinance`,
  `2566,${PLAN},1,สมรรถนะพึงประสงค์,UNIT-A,D-02,หลักสูตรสอง,training,abc,100,ordinance`,
  `2566,${PLAN},2,ผู้นำ,UNIT-A,D-03,หลักสูตรสาม,lecture,5,100,ordinance`,
  `2566,${PLAN},1,ชื่ออื่น,UNIT-A,D-01,หลักสูตรซ้ำ,training,5,100,ordinance`,
  `2566,${PLAN},2,ผู้นำ,UNIT-Z,D-05,หลักสูตรห้า,training,5,100,grant`,
].join('\n');

/**
 * By hand: 4 projects; 120 + 45 + 30 + 11 = 206 participants; 1,250,000.50 + 21 + 0 + 1,000,000 =
 * 2,250,021.50 baht; of a salary budget of 96,000,000: 2,250,021.50 / 96,000,000 = 2.3437…% → 2.34.
 * Strategy 1: D-01 + D-04 (131 seats, 2,250,000.50); 2: D-02; 10 after 2 (number order, not text order).
 */
const EXPECTED = {
  fiscalYear: 2566,
  hrdPlan: 'HRD-2566-2570',
  projects: 4,
  participants: 206,
  budget: 2250021.5,
  budgetText: 'สองล้านสองแสนห้าหมื่นยี่สิบเอ็ดบาทห้าสิบสตางค์',
  salaryBudget: 96000000,
  budgetPctOfSalary: 2.34,
  strategies: [
    { no: '1', name: 'สมรรถนะพึงประสงค์', projects: 2, participants: 131, budget: 2250000.5 },
    { no: '2', name: 'ผู้นำ', projects: 1, participants: 45, budget: 21 },
    { no: '10', name: 'วัฒนธรรมองค์กร', projects: 1, participants: 30, budget: 0 },
  ],
  budgetSources: [
    { source: 'ordinance', projects: 2, participants: 131, budget: 2250000.5 },
    { source: 'other', projects: 1, participants: 45, budget: 21 },
    { source: 'none', projects: 1, participants: 30, budget: 0 },
  ],
};

describe('bin/tidtam development', () => {
  it(
    'a bad plan file exits 1 listing every row error and writes nothing; a good one sums to the hand-made JSON',
    async () => {
      const target = await freshTarget({ fromTemplate: true });
      const dir = await dataDir();
      const good = join(dir, 'plan.csv');
      const bad = join(dir, 'bad.csv');
      await writeFile(good, GOOD);
      await writeFile(bad, BAD);
      const units = await tidtam(['import', 'plan', UNITS_PLAN], target); // creates UNIT-A and the district
      expect(units.code, show(units)).toBe(0);

      const refused = await tidtam(['import', 'development-plan', bad], target);
      expect(refused.code, show(refused)).toBe(1);
      expect(refused.stdout).toBe('');
      for (const where of [
        'row 3, column participants',
        'row 4, column activity_type',
        'row 5, column project_code: repeats row 2',
        'row 5, column hrd_strategy_name',
        'row 6, column unit',
        'row 6, column budget_source',
      ])
        expect(refused.stderr).toContain(where);
      const none = await tidtam(['development', 'summary', '--fiscal-year', '2566', '--json'], target);
      expect(none.code, show(none)).toBe(1); // nothing was written: no plan for 2566

      const noYear = await tidtam(
        ['development', 'salary-budget', '--fiscal-year', '2566', '--amount', '1'],
        target,
      );
      expect(noYear.code, show(noYear)).toBe(1);

      const ok = await tidtam(['import', 'development-plan', good], target);
      expect(ok.code, show(ok)).toBe(0);
      // The projects it created, named "fiscal_year project_code" (issue 14 item 17).
      expect(ok.stdout).toContain(
        'projects created: 4, updated: 0, unchanged: 0\n  created:\n    project: 2566 D-01, 2566 D-02, 2566 D-03, 2566 D-04\n',
      );
      const salary = await tidtam(
        ['development', 'salary-budget', '--fiscal-year', '2566', '--amount', '96,000,000'],
        target,
      );
      expect(salary.code, show(salary)).toBe(0);

      const run = await tidtam(['development', 'summary', '--fiscal-year', '2566', '--json'], target);
      expect(run.code, show(run)).toBe(0);
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(EXPECTED);

      const again = await tidtam(['import', 'development-plan', good], target);
      expect(again.stdout).toContain('projects created: 0, updated: 0, unchanged: 4');
      // A renamed project: the dry run names the one it would update, and nothing more.
      const renamed = join(dir, 'plan-renamed.csv');
      await writeFile(renamed, GOOD.replace('สัมมนาสอง', 'สัมมนาสอง (ปรับชื่อ)'));
      const dry = await tidtam(['import', 'development-plan', renamed, '--dry-run'], target);
      expect(dry.code, show(dry)).toBe(0);
      expect(dry.stdout).toBe(
        `Dry run — nothing written. ${renamed}: 4 rows\n` +
          '  projects created: 0, updated: 1, unchanged: 3\n' +
          '  would be updated / จะปรับปรุง:\n    project: 2566 D-02\n',
      );
      const usage = await tidtam(['development', 'summary'], target);
      expect(usage.code).toBe(2);
    },
    TIMEOUT,
  );
  it(
    'import digital-skills (docs/development-files.md): a bad file exits 1 with every row error, a good one imports',
    async () => {
      const target = await freshTarget({ fromTemplate: true });
      const dir = await dataDir();
      const people = join(dir, 'people.csv');
      const bad = join(dir, 'digital-bad.csv');
      const good = join(dir, 'digital.csv');
      await writeFile(
        people,
        'person_no,first_name,last_name,birth_date,staff_type\nDS-1,กมล,ทดสอบ,1980-01-01,civil_servant\n',
      );
      await writeFile(
        bad,
        'person_no,assessed_on,skill_area,level\nDS-9,2024-01-05,literacy,2\nDS-1,2024-01-05,cooking,2\nDS-1,2024-01-06,literacy,7\n',
      );
      await writeFile(
        good,
        'person_no,assessed_on,skill_area,level\nDS-1,05/01/2567,literacy,2\nDS-1,2024-01-05,ภาวะผู้นำดิจิทัล,1\n',
      );
      expect((await tidtam(['import', 'people', people], target)).code).toBe(0);
      const refused = await tidtam(['import', 'digital-skills', bad], target);
      expect(refused.code, show(refused)).toBe(1);
      for (const where of ['row 2, column person_no', 'row 3, column skill_area', 'row 4, column level'])
        expect(refused.stderr).toContain(where);
      const ok = await tidtam(['import', 'digital-skills', good], target);
      expect(ok.code, show(ok)).toBe(0);
      expect(ok.stdout).toContain(
        'assessments created: 2, updated: 0, unchanged: 0\n  created:\n' +
          '    assessment: DS-1 05/01/2567 leadership, DS-1 05/01/2567 literacy\n',
      );
    },
    TIMEOUT,
  );
});
