/**
 * The set-based prefilter of career checks (decision 0018, src/server/repositories/careers/prefilter.ts)
 * changes no answer: on the demo's 2,000 people and on a generated dataset (scale 1), with courses, works
 * and assessments written here, for criteria of every kind (acting counted or not, zero minimums, empty
 * and nested groups, the two seed-002 paths and the district director's path without its course), every
 * person in service is judged from their full history (what the engine did before: everyone loaded) and
 * compared with the prefiltered load: the people it leaves out are not met and have no date, the people it
 * loads have the very same result, and the counts are those of the full judging. Then the use cases:
 * eligibility and succession on an approved path, with an exception for someone the criteria leave out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSISTANT_DIRECTOR_COURSE,
  ASSISTANT_DIRECTOR_CRITERIA,
  DISTRICT_DIRECTOR_COURSE,
  DISTRICT_DIRECTOR_CRITERIA,
  evaluate,
  standing,
  type Criterion,
} from '../../src/domain/careers';
import { ASSISTANT_DISTRICT_DIRECTOR, DISTRICT_DIRECTOR } from '../../src/domain/workforce/index';
import type { Database } from '../../src/server/db/database';
import { generateDataset } from '../../src/server/generate/generate-dataset';
import { WORKFORCE_AS_OF } from '../../src/server/generate/workforce/generated-workforce';
import { loadCandidates, type CandidateSet } from '../../src/server/use-cases/careers/candidates';
import { approvePathDraft, createPath } from '../../src/server/use-cases/careers/edit-path';
import { pathEligibility } from '../../src/server/use-cases/careers/eligibility';
import { succession } from '../../src/server/use-cases/careers/succession';
import { createTestApp, type TestApp } from '../helpers/api-app';

const ADD = ASSISTANT_DISTRICT_DIRECTOR;
const [, ddSections] = (DISTRICT_DIRECTOR_CRITERIA as { of: Criterion[] }).of;
const ddTime = (DISTRICT_DIRECTOR_CRITERIA as { of: Criterion[] }).of[0]!;

/** Every kind of criterion, at and around its edges. */
const CRITERIA: Record<string, Criterion> = {
  dd: DISTRICT_DIRECTOR_CRITERIA,
  add: ASSISTANT_DIRECTOR_CRITERIA,
  ddWithoutCourse: { kind: 'all', of: [ddTime, ddSections!] },
  addTimeActing: { kind: 'time', match: { title: ADD }, min: { years: 1, months: 6 }, countActing: true },
  timeZero: { kind: 'time', match: { title: ADD }, min: { years: 0 }, countActing: false },
  timeMatch: {
    kind: 'time',
    match: { positionType: 'academic', sectionHead: true, unitKind: 'district' },
    min: { years: 3 },
    countActing: false,
  },
  timeLevel: {
    kind: 'time',
    match: { positionType: 'managerial', level: 'junior' },
    min: { years: 2 },
    countActing: true,
  },
  units: { kind: 'units_served', match: {}, unitKind: 'district', min: 2, countActing: true },
  unitsHead: {
    kind: 'units_served',
    match: { sectionHead: true },
    unitKind: 'district',
    min: 1,
    countActing: false,
  },
  unitsZero: { kind: 'units_served', match: {}, unitKind: 'bureau', min: 0, countActing: false },
  sectionsPair: { kind: 'sections_overseen', countBy: 'pair', min: 3, countActing: true },
  sectionsKindActing: {
    kind: 'sections_overseen',
    whileTitle: ADD,
    countBy: 'kind',
    min: 4,
    countActing: true,
  },
  sectionsZero: { kind: 'sections_overseen', countBy: 'kind', min: 0, countActing: false },
  courseNone: { kind: 'course', courses: [] },
  courses: { kind: 'course', courses: [DISTRICT_DIRECTOR_COURSE, ASSISTANT_DIRECTOR_COURSE] },
  works: { kind: 'evidenced_work', min: 2 },
  worksZero: { kind: 'evidenced_work', min: 0 },
  competencyScore: { kind: 'competency', competency: DISTRICT_DIRECTOR, minScore: 60 },
  competencyAny: { kind: 'competency' },
  emptyAll: { kind: 'all', of: [] },
  emptyAny: { kind: 'any', of: [] },
  nested: {
    kind: 'any',
    of: [
      { kind: 'all', of: [ddTime, { kind: 'evidenced_work', min: 1 }] },
      { kind: 'all', of: [{ kind: 'competency' }, { kind: 'any', of: [] }] },
      { kind: 'units_served', match: { title: ADD }, unitKind: 'district', min: 2, countActing: false },
    ],
  },
};

/** Courses, works and assessments for a deterministic share of the people (some failed, unapproved, later). */
async function writeRecords(db: Database, asOf: string) {
  await db.query(
    `insert into career_record (person_id, kind, name, achieved_on, passed, score, approved_at)
     select p.id, r.kind, r.name, r.on_date::date, r.passed, r.score, r.approved
       from person p cross join lateral (values
         ('course', $2, $1::date - 400, p.id % 3 = 0, null::numeric, null::timestamptz),
         ('course', $3, $1::date - (p.id % 5) * 100 + 200, p.id % 5 < 3, null, null),
         ('work', 'ผลงาน ' || p.id, $1::date - 30, true, null, case when p.id % 4 <> 0 then now() end),
         ('work', 'ผลงานที่สอง ' || p.id, $1::date - 900, true, null, case when p.id % 6 = 0 then now() end),
         ('competency', $4, $1::date - 10, p.id % 7 <> 0, (p.id % 100)::numeric, null),
         ('competency', $5, $1::date + 10, true, 90, null)
       ) as r (kind, name, on_date, passed, score, approved)
      where p.id % 2 = 0 or p.id % 3 = 0`,
    [asOf, DISTRICT_DIRECTOR_COURSE, ASSISTANT_DIRECTOR_COURSE, DISTRICT_DIRECTOR, ADD],
  );
}

interface Tally {
  total: number;
  loaded: number;
  met: number;
  dated: number;
}

/** Full judging against the prefiltered load, person by person; the counts found. */
async function compare(
  db: Database,
  asOf: string,
  criteria: Criterion,
  unitId: number | null = null,
  everyoneLoaded?: CandidateSet,
) {
  const all = everyoneLoaded ?? (await loadCandidates(db, asOf, { unitId }));
  const some = await loadCandidates(db, asOf, { unitId, couldMeet: { criteria: [criteria], pathIds: [] } });
  const loaded = new Map(some.candidates.map((c) => [c.id, c]));
  const tally: Tally = { total: some.total, loaded: loaded.size, met: 0, dated: 0 };
  expect(some.total).toBe(all.candidates.length);
  const everyone = new Set(all.candidates.map((c) => c.id));
  expect(some.candidates.filter((c) => !everyone.has(c.id))).toEqual([]);
  for (const c of all.candidates) {
    const full = evaluate(criteria, all.facts(c.id), asOf);
    if (full.met) tally.met++;
    else if (full.metOn !== null) tally.dated++;
    const mine = loaded.get(c.id);
    if (mine === undefined) {
      expect({ id: c.id, met: full.met, metOn: full.metOn }).toEqual({ id: c.id, met: false, metOn: null });
      continue;
    }
    expect(mine).toEqual(c);
    expect(evaluate(criteria, some.facts(c.id), asOf)).toEqual(full);
  }
  return tally;
}

async function compareAll(db: Database, asOf: string) {
  const out: Record<string, Tally> = {};
  const all = await loadCandidates(db, asOf, { unitId: null });
  for (const [name, c] of Object.entries(CRITERIA)) out[name] = await compare(db, asOf, c, null, all);
  return out;
}

describe('the prefilter on the demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await writeRecords(t.db, '2025-09-30');
  }, 120_000);
  afterAll(() => t?.close());

  it('leaves out only people who cannot meet, for every kind of criterion, on two dates', async () => {
    for (const asOf of ['2025-09-30', '2021-03-15']) {
      const tallies = await compareAll(t.db, asOf);
      for (const [name, x] of Object.entries(tallies)) {
        // Zero minimums and empty groups load everyone; nothing is loaded by a course list that is empty.
        if (/Zero|^empty/.test(name)) expect({ name, loaded: x.loaded }).toEqual({ name, loaded: x.total });
        if (name === 'courseNone') expect(x.loaded).toBe(0);
      }
      if (asOf === '2025-09-30') {
        expect(tallies.ddWithoutCourse!.total).toBeGreaterThan(1500);
        expect(tallies.ddWithoutCourse!.loaded).toBeLessThan(tallies.ddWithoutCourse!.total / 5);
        expect(tallies.ddWithoutCourse!.met + tallies.ddWithoutCourse!.dated).toBeGreaterThan(0);
      }
    }
  }, 300_000);

  it('counts the people of one unit the same way', async () => {
    const { rows } = await t.db.query<{ id: number }>(
      `select unit_id as id from person group by unit_id order by count(*) desc, unit_id limit 1`,
    );
    const x = await compare(t.db, '2025-09-30', CRITERIA.ddWithoutCourse!, rows[0]!.id);
    expect(x.total).toBeGreaterThan(0);
  }, 120_000);

  it('eligibility and succession of an approved path count the people full judging finds', async () => {
    const asOf = '2025-09-30';
    const actor = { userId: null, label: 'test', role: 'admin' as const, unitId: null };
    const path = await createPath(t.db, actor, {
      code: 'PRE-DD',
      name: 'เกณฑ์ทดสอบ',
      targetTitle: DISTRICT_DIRECTOR,
      origin: null,
      criteria: CRITERIA.ddWithoutCourse!,
      stages: [],
    });
    const draft = path.versions.find((v) => v.status === 'draft')!;
    await approvePathDraft(t.db, actor, path.id, { effectiveFrom: '2019-10-01', version: draft.version });
    const all = await loadCandidates(t.db, asOf, { unitId: null });
    const standings = all.candidates.map((c) => ({
      id: c.id,
      s: standing(evaluate(CRITERIA.ddWithoutCourse!, all.facts(c.id), asOf), asOf, 1),
    }));
    // Someone the criteria leave out, granted the whole path by an exception.
    const outsider = standings.find((x) => x.s === 'not')!.id;
    await t.db.query(
      `insert into career_exception (path_id, person_id, reason, valid_from) values ($1, $2, 'ทดสอบ', '2020-01-01')`,
      [path.id, outsider],
    );
    const view = await pathEligibility(t.db, actor, path.id, { asOf, withinYears: 1 });
    const count = (s: string) => standings.filter((x) => x.s === s && x.id !== outsider).length;
    expect(view.counts).toEqual({
      candidates: all.candidates.length,
      eligible: count('eligible') + 1,
      within: count('within'),
      exceptions: 1,
    });
    expect(view.people!.length).toBe(count('eligible') + count('within') + 1);
    const s = await succession(t.db, actor, { asOf, withinYears: 1, years: 5 });
    const dd = s.titles.find((x) => x.targetTitle === DISTRICT_DIRECTOR)!;
    expect(dd.eligibleNow + dd.eligibleWithin).toBeGreaterThan(0);
  }, 180_000);
});

describe('the prefilter on a generated dataset (scale 1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
    await generateDataset(t.db, { scale: 1, withReports: false });
    await writeRecords(t.db, WORKFORCE_AS_OF);
  }, 300_000);
  afterAll(() => t?.close());

  it('leaves out only people who cannot meet, for every kind of criterion', async () => {
    const tallies = await compareAll(t.db, WORKFORCE_AS_OF);
    expect(tallies.ddWithoutCourse!.total).toBeGreaterThan(500);
    expect(tallies.ddWithoutCourse!.loaded).toBeLessThan(tallies.ddWithoutCourse!.total / 5);
  }, 300_000);
});
