/**
 * The careers command line (docs/career-path-file.md) through bin/tidtam: `import career-paths FILE` (a bad
 * file exits 1 naming the path and field and writes nothing; a good one creates the path; again: a new
 * draft) and `careers eligibility --path CODE --as-of DATE --json` over two people imported the same way.
 * C01 has no records, so nobody meets "one approved evidenced work": 2 candidates, 0 eligible.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWorkspace, show, tidtam } from '../helpers/cli';

const { dataDir, freshTarget } = cliWorkspace('careers_cli');
const TIMEOUT = 400_000;

const PATH = {
  code: 'CLI-1',
  name: 'เส้นทางทดสอบบรรทัดคำสั่ง',
  targetTitle: 'ผู้อำนวยการเขต',
  versions: [
    {
      versionNo: 1,
      status: 'approved',
      effectiveFrom: '2024-01-01',
      stages: [],
      criteria: { kind: 'evidenced_work', ref: 'W', min: 1 },
    },
  ],
};
const FILE = { format: 'tidtam-career-paths', formatVersion: 1, paths: [PATH] };
const PEOPLE = [
  'person_no,first_name,last_name,birth_date,staff_type',
  'C01,หนึ่ง,ทดสอบ,1975-01-01,civil_servant',
  'C02,สอง,ทดสอบ,1976-01-01,civil_servant',
].join('\n');

describe('bin/tidtam careers', () => {
  it(
    'imports a path file (bad: exit 1, nothing written), then lists eligibility as JSON',
    async () => {
      const target = await freshTarget({ fromTemplate: true });
      const dir = await dataDir();
      const good = join(dir, 'paths.json');
      const bad = join(dir, 'bad.json');
      const people = join(dir, 'people.csv');
      await writeFile(good, JSON.stringify(FILE));
      await writeFile(
        bad,
        JSON.stringify({
          ...FILE,
          paths: [{ ...PATH, versions: [{ ...PATH.versions[0], effectiveFrom: null }] }],
        }),
      );
      await writeFile(people, PEOPLE);

      const refused = await tidtam(['import', 'career-paths', bad], target);
      expect(refused.code, show(refused)).toBe(1);
      expect(refused.stderr).toContain('paths[0].versions[0].effectiveFrom');
      expect(refused.stderr).toContain('path CLI-1: an approved version needs its effective date');
      const none = await tidtam(['careers', 'eligibility', '--path', 'CLI-1', '--json'], target);
      expect(none.code, show(none)).toBe(1); // nothing was written

      const ok = await tidtam(['import', 'career-paths', good], target);
      expect(ok.code, show(ok)).toBe(0);
      expect(ok.stdout).toBe(`${good}: 1 paths\n  created: CLI-1\n  new draft: -\n`);
      const again = await tidtam(['import', 'career-paths', good], target);
      expect(again.stdout).toBe(`${good}: 1 paths\n  created: -\n  new draft: CLI-1 v2\n`);

      expect((await tidtam(['import', 'people', people], target)).code).toBe(0);
      const run = await tidtam(
        ['careers', 'eligibility', '--path', 'CLI-1', '--as-of', '2024-10-01', '--json'],
        target,
      );
      expect(run.code, show(run)).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        path: { code: 'CLI-1', targetTitle: 'ผู้อำนวยการเขต' },
        versionNo: 1,
        status: 'approved',
        asOf: '2024-10-01',
        counts: { candidates: 2, eligible: 0, within: 0, exceptions: 0 },
        people: [],
      });
      const usage = await tidtam(['careers', 'eligibility'], target);
      expect(usage.code).toBe(2);
      const badDate = await tidtam(
        ['careers', 'eligibility', '--path', 'CLI-1', '--as-of', '2024-02-30'],
        target,
      );
      expect(badDate.code).toBe(2);
    },
    TIMEOUT,
  );
});
