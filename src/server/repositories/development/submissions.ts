/**
 * Agencies' submissions of a year (development_submission) and the status table of the year, set-based:
 * every agency (active units but the institute) with its state, its projects' totals and its dates in one query.
 */
import type { Queryable } from '../../db/database';
import type { SubmissionState } from '../../../domain/development';

export interface SubmissionRow {
  state: SubmissionState;
  comment: string | null;
  submitted_at: Date | null;
  decided_at: Date | null;
  version: number;
}

export async function lockSubmission(
  tx: Queryable,
  fiscalYear: number,
  unitId: number,
  lock = true,
): Promise<SubmissionRow | null> {
  const { rows } = await tx.query<SubmissionRow>(
    `select state, comment, submitted_at, decided_at, version from development_submission
      where fiscal_year = $1 and unit_id = $2${lock ? ' for update' : ''}`,
    [fiscalYear, unitId],
  );
  return rows[0] ?? null;
}

/** The unit's submission, created as a draft when it has none yet; locked. */
export async function ensureSubmission(tx: Queryable, fiscalYear: number, unitId: number) {
  await tx.query(
    `insert into development_submission (fiscal_year, unit_id) values ($1, $2) on conflict do nothing`,
    [fiscalYear, unitId],
  );
  return (await lockSubmission(tx, fiscalYear, unitId))!;
}

export async function setSubmissionState(
  tx: Queryable,
  fiscalYear: number,
  unitId: number,
  s: { state: SubmissionState; comment: string | null; submittedAt?: Date; decidedAt?: Date },
): Promise<void> {
  await tx.query(
    `update development_submission
        set state = $3, comment = $4, submitted_at = coalesce(submitted_at, $5),
            decided_at = case when $3 = 'submitted' then null else coalesce($6, decided_at) end,
            version = version + 1
      where fiscal_year = $1 and unit_id = $2`,
    [fiscalYear, unitId, s.state, s.comment, s.submittedAt ?? null, s.decidedAt ?? null],
  );
}

export interface StatusRow {
  unit_id: number;
  unit_code: string;
  unit_name: string;
  unit_kind: string;
  state: SubmissionState | null;
  comment: string | null;
  projects: number;
  participants: number;
  budget: string;
  submitted_at: Date | null;
  decided_at: Date | null;
  version: number;
}

/** Every agency of the year (or one unit): active units but the institute, and any unit with a row or project. */
export async function statusRows(
  db: Queryable,
  fiscalYear: number,
  institute: string,
  unitId: number | null,
): Promise<StatusRow[]> {
  const { rows } = await db.query<StatusRow>(
    `with totals as (
       select unit_id, count(*)::int as projects, sum(participants)::int as participants,
              sum(budget)::numeric(18, 2) as budget
         from development_project where fiscal_year = $1 group by unit_id)
     select u.id as unit_id, u.code as unit_code, u.name as unit_name, u.kind as unit_kind, s.state, s.comment,
            coalesce(t.projects, 0) as projects, coalesce(t.participants, 0) as participants,
            coalesce(t.budget, 0)::numeric(18, 2) as budget, s.submitted_at, s.decided_at,
            coalesce(s.version, 0) as version
       from org_unit u
       left join development_submission s on s.fiscal_year = $1 and s.unit_id = u.id
       left join totals t on t.unit_id = u.id
      where ($3::int is null or u.id = $3::int)
        and ((u.status = 'active' and u.code <> $2) or s.unit_id is not null or t.unit_id is not null)
      order by u.name, u.id`,
    [fiscalYear, institute, unitId],
  );
  return rows;
}

export async function unitByCode(db: Queryable, code: string) {
  const { rows } = await db.query<{ id: number; code: string; name: string }>(
    'select id, code, name from org_unit where code = $1',
    [code],
  );
  return rows[0] ?? null;
}

/**
 * An agency's plan import is one way of preparing its submission: rows of a year whose submission is already
 * submitted or accepted are refused (row errors), and the years it imports get a draft submission, so its
 * imported projects count only once the institute accepts them (like those added through the web form).
 */
export async function lockedSubmissionRows(tx: Queryable, ownUnit: number, limit: number) {
  const { rows } = await tx.query<{ row_no: number; state: string; n: string }>(
    `select st.row_no, s.state, count(*) over () as n
       from dev_plan_stage st
       join development_submission s on s.fiscal_year = st.fiscal_year and s.unit_id = $1
      where s.state in ('submitted', 'accepted')
      order by st.row_no limit $2`,
    [ownUnit, limit],
  );
  return rows;
}

export async function draftSubmissionsOfImport(tx: Queryable, ownUnit: number): Promise<void> {
  await tx.query(
    `insert into development_submission (fiscal_year, unit_id)
     select distinct fiscal_year, $1::int from dev_plan_stage on conflict do nothing`,
    [ownUnit],
  );
}
