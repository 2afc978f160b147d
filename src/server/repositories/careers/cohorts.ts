/** Course cohorts and their members' scores (career_cohort, career_cohort_member): SQL only. */
import type { CohortComponent } from '../../../domain/careers';
import type { CohortStatus } from '../../../shared/api/careers';
import type { Queryable } from '../../db/database';
import { firstCodes } from '../../import/named';

export interface CohortRow {
  id: number;
  code: string;
  name: string;
  course: string;
  path_id: number | null;
  path_code: string | null;
  target_title: string | null;
  fiscal_year: number;
  starts_on: string;
  ends_on: string;
  status: CohortStatus;
  components: CohortComponent[];
  pass_mark: string | null;
  is_example: boolean;
  published_at: string | null;
  version: number;
  members: number;
}

const SELECT = `
  select c.id, c.code, c.name, c.course, c.path_id, p.code as path_code, p.target_title, c.fiscal_year,
         c.starts_on, c.ends_on, c.status, c.components, c.pass_mark, c.is_example,
         c.published_at::text as published_at, c.version,
         (select count(*)::int from career_cohort_member m where m.cohort_id = c.id) as members
    from career_cohort c left join career_path p on p.id = c.path_id`;

/** Every cohort, newest fiscal year first; `personId`: only the cohorts that person is a member of. */
export async function cohortRows(db: Queryable, personId: number | null): Promise<CohortRow[]> {
  const { rows } = await db.query<CohortRow>(
    `${SELECT}
      where $1::int is null
         or exists (select 1 from career_cohort_member m where m.cohort_id = c.id and m.person_id = $1)
      order by c.fiscal_year desc, c.code`,
    [personId],
  );
  return rows;
}

export async function cohortRow(db: Queryable, id: number, lock = false): Promise<CohortRow | null> {
  const { rows } = await db.query<CohortRow>(`${SELECT} where c.id = $1${lock ? ' for update of c' : ''}`, [
    id,
  ]);
  return rows[0] ?? null;
}

export interface NewCohort {
  code: string;
  name: string;
  course: string;
  pathId: number | null;
  fiscalYear: number;
  startsOn: string;
  endsOn: string;
  components: CohortComponent[];
  passMark: number | null;
  isExample: boolean;
  createdBy: number | null;
}

/** The new cohort's id, or null when its code is taken. */
export async function insertCohort(db: Queryable, c: NewCohort): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>(
    `insert into career_cohort (code, name, course, path_id, fiscal_year, starts_on, ends_on, components,
                                pass_mark, is_example, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (code) do nothing returning id`,
    [
      c.code,
      c.name,
      c.course,
      c.pathId,
      c.fiscalYear,
      c.startsOn,
      c.endsOn,
      JSON.stringify(c.components),
      c.passMark,
      c.isExample,
      c.createdBy,
    ],
  );
  return rows[0]?.id ?? null;
}

export interface MemberRow {
  person_id: number;
  person_no: string;
  name: string;
  unit_code: string | null;
  scores: Record<string, number | null>;
  course_passed: boolean;
}

/** A cohort's members with their scores and whether publishing gave them the course passed. */
export async function memberRows(db: Queryable, cohortId: number): Promise<MemberRow[]> {
  const { rows } = await db.query<MemberRow>(
    `select m.person_id, p.person_no, concat_ws(' ', coalesce(p.title, '') || p.first_name, p.last_name) as name,
            u.code as unit_code, m.scores,
            exists (select 1 from career_record r where r.cohort_id = m.cohort_id and r.person_id = m.person_id)
              as course_passed
       from career_cohort_member m join person p on p.id = m.person_id
       left join org_unit u on u.id = p.unit_id
      where m.cohort_id = $1
      order by p.person_no`,
    [cohortId],
  );
  return rows;
}

/** person_no → id for these numbers (one query); unknown numbers are absent. */
export async function personIdsByNo(
  db: Queryable,
  personNos: readonly string[],
): Promise<Map<string, number>> {
  const { rows } = await db.query<{ id: number; person_no: string }>(
    'select id, person_no from person where person_no = any($1::text[])',
    [personNos],
  );
  return new Map(rows.map((r) => [r.person_no, r.id]));
}

/**
 * Adds or updates members' scores in one statement: the given scores replace those components' scores, a
 * null clears one (a new member's null is kept as "not recorded"), components not given keep theirs. Answers how many members were added and updated.
 */
export async function upsertScores(
  db: Queryable,
  cohortId: number,
  rows: readonly { personId: number; personNo: string; scores: Record<string, number | null> }[],
): Promise<{ added: number; updated: number; named: { added: string[]; updated: string[] } }> {
  // One statement: the upsert, its counts, and the first members added and updated named in the rows' order.
  const { rows: done } = await db.query<{
    added: string;
    updated: string;
    added_named: string[];
    updated_named: string[];
  }>(
    `with s as materialized (
       select * from unnest($2::int[], $3::text[], $4::text[]) with ordinality as s(person_id, scores, person_no, ord)),
     done as (
       insert into career_cohort_member as m (cohort_id, person_id, scores)
       select $1, s.person_id, s.scores::jsonb from s
       on conflict (cohort_id, person_id) do update
         set scores = jsonb_strip_nulls(m.scores || excluded.scores), updated_at = now()
       returning m.person_id, (xmax = 0) as inserted),
     j as materialized (select s.ord, s.person_no, d.inserted from done d join s on s.person_id = d.person_id)
     select count(*) filter (where inserted) as added, count(*) filter (where not inserted) as updated,
            ${firstCodes('person_no', 'j where inserted', 'ord')} as added_named,
            ${firstCodes('person_no', 'j where not inserted', 'ord')} as updated_named
       from j`,
    [
      cohortId,
      rows.map((r) => r.personId),
      rows.map((r) => JSON.stringify(r.scores)),
      rows.map((r) => r.personNo),
    ],
  );
  const d = done[0]!;
  return {
    added: Number(d.added),
    updated: Number(d.updated),
    named: { added: d.added_named, updated: d.updated_named },
  };
}

/** Moves the version on (optimistic lock); false when someone else changed the cohort first. */
export async function bumpCohort(
  db: Queryable,
  id: number,
  version: number,
  change: { status?: CohortStatus; publishedBy?: number | null } = {},
): Promise<boolean> {
  const { rows } = await db.query(
    `update career_cohort
        set version = version + 1,
            status = coalesce($3, status),
            published_at = case when $3 = 'published' then now() else published_at end,
            published_by = case when $3 = 'published' then $4::int else published_by end
      where id = $1 and version = $2 returning id`,
    [id, version, change.status ?? null, change.publishedBy ?? null],
  );
  return rows.length > 0;
}

/** "Course passed" for these members, in the one table the criteria read (set-based). */
export async function insertCoursePassed(
  db: Queryable,
  cohortId: number,
  course: string,
  achievedOn: string,
  passed: readonly { personId: number; total: string }[],
): Promise<number> {
  const { rows } = await db.query(
    `insert into career_record (person_id, kind, name, achieved_on, passed, score, cohort_id)
     select s.person_id, 'course', $2, $3, true, s.total::numeric, $1
       from unnest($4::int[], $5::text[]) as s(person_id, total)
     on conflict (cohort_id, person_id) where cohort_id is not null do nothing returning id`,
    [cohortId, course, achievedOn, passed.map((p) => p.personId), passed.map((p) => p.total)],
  );
  return rows.length;
}

export async function pathExists(db: Queryable, pathId: number): Promise<boolean> {
  return (await db.query('select 1 from career_path where id = $1', [pathId])).rows.length > 0;
}

export async function unitCodeOf(db: Queryable, unitId: number): Promise<string | null> {
  const { rows } = await db.query<{ code: string }>('select code from org_unit where id = $1', [unitId]);
  return rows[0]?.code ?? null;
}
