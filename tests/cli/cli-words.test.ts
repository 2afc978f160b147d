/**
 * The command line's words (issue 14 items 9 and 17): a plan file with Thai column labels imports; a dry run
 * names what it would create or update (the first ten codes of a kind, then "… and N more"); Thai messages carry
 * Buddhist-era dates; an option's error names the option, never "column asOf"; opening a month whose lock date
 * has passed warns.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWorkspace, show, tidtam } from '../helpers/cli';

const { dataDir, freshTarget } = cliWorkspace('cliwords');
const TIMEOUT = 900_000; // eight spawns on a loaded 2-core machine

const HEADER = [
  'รหัสแผน',
  'ชื่อแผน',
  'ปีเริ่มต้นของแผน',
  'ปีสิ้นสุดของแผน',
  'เป้าประสงค์ที่',
  'ชื่อเป้าประสงค์',
  'กลยุทธ์ที่',
  'ชื่อกลยุทธ์',
  'รหัสโครงการ (project_code)',
  'ชื่อโครงการ/กิจกรรม',
  'ปีงบประมาณ',
  'หน่วยงานรับผิดชอบ',
];
const codes = Array.from({ length: 12 }, (_, i) => `W-${String(i + 1).padStart(2, '0')}`);
const PLAN_CSV = [
  HEADER.join(','),
  ...codes.map((c) =>
    [
      'WORDS-2566',
      'แผนทดสอบถ้อยคำ',
      '2566',
      '2570',
      '1',
      'เป้าหนึ่ง',
      '1.1',
      'กลยุทธ์หนึ่ง',
      c,
      `โครงการ ${c}`,
      '2566',
      'UNIT-W',
    ].join(','),
  ),
].join('\n');

describe('bin/tidtam words', () => {
  it(
    'Thai headers, a dry run that names, Buddhist-era dates, options as options, a passed lock date',
    async () => {
      const target = await freshTarget({ fromTemplate: true });
      const dir = await dataDir();
      const plan = join(dir, 'แผน.csv');
      await writeFile(plan, PLAN_CSV);

      const dry = await tidtam(['import', 'plan', plan, '--dry-run'], target);
      expect(dry.code, show(dry)).toBe(0);
      expect(dry.stdout).toBe(
        [
          `Dry run — nothing written. ${plan}: 12 rows`,
          '  would be created / จะสร้าง: 1 plan, 1 strategic_target, 1 strategy, 12 project',
          '    plan: WORDS-2566',
          '    strategic_target: 1',
          '    strategy: 1.1',
          `    project: ${codes.slice(0, 10).join(', ')} … and 2 more / และอีก 2 รายการ`,
          '  would be updated / จะปรับปรุง: nothing',
          '  new units (check for typos / ตรวจสอบชื่อหน่วยงานใหม่): UNIT-W',
          '',
        ].join('\n'),
      );

      const real = await tidtam(['import', 'plan', plan], target);
      expect(real.code, show(real)).toBe(0);
      expect(real.stdout).toContain('  created: 1 plan, 1 strategic_target, 1 strategy, 12 project\n');

      // A renamed project: the dry run names the one it would update.
      await writeFile(plan, PLAN_CSV.replace('โครงการ W-03', 'โครงการ W-03 (ปรับชื่อ)'));
      const update = await tidtam(['import', 'plan', plan, '--dry-run'], target);
      expect(update.code, show(update)).toBe(0);
      expect(update.stdout).toContain(
        '  would be created / จะสร้าง: nothing\n  would be updated / จะปรับปรุง: 1 project\n    project: W-03\n',
      );

      // An option's error names the option, in both languages.
      const badAsOf = await tidtam(
        ['summary', '--plan', 'WORDS-2566', '--as-of', '2566-13', '--json'],
        target,
      );
      expect(badAsOf.code, show(badAsOf)).toBe(1);
      expect(badAsOf.stderr).toMatch(/^option --as-of: .+ \(ตัวเลือก --as-of: .+\)$/m);
      expect(badAsOf.stderr).not.toContain('column');

      // A month whose lock date has passed: opened, with a warning in Buddhist-era dates.
      const open = await tidtam(
        ['month', 'open', '2566-05', '--deadline', '05/06/2566', '--lock-days', '10'],
        target,
      );
      expect(open.code, show(open)).toBe(0);
      expect(open.stdout).toBe(
        'opened 2566-05: deadline 2023-06-05 / กำหนดส่ง 5 มิถุนายน 2566; ' +
          'locks after 2023-06-15 / ปิดรับหลังวันที่ 15 มิถุนายน 2566\n' +
          'warning: its lock date 2023-06-15 has passed: agencies cannot send its reports without an exception' +
          ' / คำเตือน: เลยวันปิดรับ 15 มิถุนายน 2566 แล้ว หน่วยงานจะส่งรายงานเดือนนี้ไม่ได้หากไม่ได้รับการยกเว้น\n',
      );

      // The missing list's Thai part has the Buddhist-era deadline.
      const missing = await tidtam(['missing', '--plan', 'WORDS-2566', '--period', '2566-05'], target);
      expect(missing.code, show(missing)).toBe(0);
      expect(missing.stdout.split('\n')[0]).toBe(
        'WORDS-2566 2566-05 (deadline 2023-06-05 / กำหนดส่ง 5 มิถุนายน 2566): 12 missing / ยังไม่ส่ง 12 รายงาน',
      );
    },
    TIMEOUT,
  );
});
