/** The talent pool's nominations and their history (career_nomination*): SQL only. */
import type { Consent, Readiness } from '../../../domain/careers';
import type { Queryable } from '../../db/database';

export interface NominationRow {
  id: number;
  position_id: number;
  person_id: number;
  person_no: string;
  name: string;
  retirement_fiscal_year: number | null;
  readiness: Readiness;
  consent: Consent;
  note: string | null;
  nominated_by: string | null;
  nominated_at: string;
  withdrawn_at: string | null;
  version: number;
}

const SELECT = `
  select n.id, n.position_id, n.person_id, p.person_no,
         concat_ws(' ', coalesce(p.title, '') || p.first_name, p.last_name) as name, p.retirement_fiscal_year,
         n.readiness, n.consent, n.note, u.username as nominated_by, n.nominated_at::text as nominated_at,
         n.withdrawn_at::text as withdrawn_at, n.version
    from career_nomination n join person p on p.id = n.person_id
    left join app_user u on u.id = n.nominated_by`;

/** Open nominations for these positions. */
export async function openNominations(
  db: Queryable,
  positionIds: readonly number[],
): Promise<NominationRow[]> {
  const { rows } = await db.query<NominationRow>(
    `${SELECT} where n.position_id = any($1::int[]) and n.withdrawn_at is null order by n.position_id, n.id`,
    [positionIds],
  );
  return rows;
}

export async function nominationRow(db: Queryable, id: number): Promise<NominationRow | null> {
  return (await db.query<NominationRow>(`${SELECT} where n.id = $1`, [id])).rows[0] ?? null;
}

export interface ChangeRow {
  nomination_id: number;
  readiness: Readiness;
  consent: Consent;
  note: string | null;
  withdrawn: boolean;
  by: string | null;
  at: string;
}

export async function nominationHistory(db: Queryable, ids: readonly number[]): Promise<ChangeRow[]> {
  const { rows } = await db.query<ChangeRow>(
    `select c.nomination_id, c.readiness, c.consent, c.note, c.withdrawn, u.username as by, c.changed_at::text as at
       from career_nomination_change c left join app_user u on u.id = c.changed_by
      where c.nomination_id = any($1::int[]) order by c.nomination_id, c.id`,
    [ids],
  );
  return rows;
}

export async function insertNomination(
  tx: Queryable,
  n: {
    positionId: number;
    personId: number;
    readiness: Readiness;
    consent: Consent;
    note: string | null;
    by: number | null;
  },
): Promise<number | null> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into career_nomination (position_id, person_id, readiness, consent, note, nominated_by)
     values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning id`,
    [n.positionId, n.personId, n.readiness, n.consent, n.note, n.by],
  );
  return rows[0]?.id ?? null;
}

/** Applies a change at this version; false when stale or withdrawn. */
export async function updateNomination(
  tx: Queryable,
  id: number,
  version: number,
  n: { readiness: Readiness; consent: Consent; note: string | null; withdraw: boolean },
): Promise<boolean> {
  const { rows } = await tx.query(
    `update career_nomination set readiness = $3, consent = $4, note = $5,
            withdrawn_at = case when $6 then now() end, version = version + 1
      where id = $1 and version = $2 and withdrawn_at is null returning id`,
    [id, version, n.readiness, n.consent, n.note, n.withdraw],
  );
  return rows.length > 0;
}

export async function recordChange(
  tx: Queryable,
  id: number,
  c: { readiness: Readiness; consent: Consent; note: string | null; withdrawn: boolean; by: number | null },
): Promise<void> {
  await tx.query(
    `insert into career_nomination_change (nomination_id, readiness, consent, note, withdrawn, changed_by)
     values ($1, $2, $3, $4, $5, $6)`,
    [id, c.readiness, c.consent, c.note, c.withdrawn, c.by],
  );
}

/** A key position: one whose title some career path leads to. */
export async function keyPosition(db: Queryable, positionId: number): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from position po where po.id = $1 and exists (select 1 from career_path cp where cp.target_title = po.title)`,
    [positionId],
  );
  return rows.length > 0;
}
