/**
 * The people a career check looks at and everything the criteria read about them, set-based: one query
 * for the candidates, one for all their history rows, one for their records, one for exceptions —
 * never a query per person (100,000 people, 1,000,000 history rows).
 */
import type { CareerRow, Criterion, EvidenceRecord } from '../../../domain/careers';
import type { UnitKind } from '../../../domain/workforce/index';
import type { Queryable } from '../../db/database';
import { couldMeetSql, SqlParams } from './prefilter';

export interface CandidateRow {
  id: number;
  person_no: string;
  name: string;
  retirement_fiscal_year: number | null;
  /** The unit worked in by the position held on the as-of date, else the person's unit. */
  unit_id: number | null;
  unit_code: string | null;
  unit_name: string | null;
}

export interface CandidateFilter {
  /** The unit worked in on the as-of date (else the person's own unit); null: every unit. */
  unitId: number | null;
  /** One person (the self-check): only that person's rows are read. */
  personId?: number;
  /** Only these people (the talent pool's nominees). */
  personIds?: readonly number[];
  /**
   * Only the people who could meet one of these criteria trees (prefilter.ts, decision 0018) or hold an
   * exception for one of these paths: everyone else is not eligible and will not be by staying.
   */
  couldMeet?: { criteria: readonly Criterion[]; pathIds: readonly number[] };
}

/**
 * People in service on `asOf` (entered by then, not yet left) who pass the filter, and how many people in
 * service the scope holds (`total`, whatever `couldMeet` leaves out). The current unit comes from the holds
 * row covering `asOf` (the unit worked in), read only for the people returned unless the scope is a unit.
 */
export async function candidateRows(
  db: Queryable,
  asOf: string,
  filter: CandidateFilter,
): Promise<{ rows: CandidateRow[]; total: number }> {
  const { rows } = await db.query<CandidateRow>(...candidatesSql(asOf, filter, false));
  if (filter.couldMeet === undefined) return { rows, total: rows.length };
  const { rows: count } = await db.query<{ n: number }>(...candidatesSql(asOf, filter, true));
  return { rows, total: count[0]!.n };
}

function candidatesSql(asOf: string, filter: CandidateFilter, count: boolean): [string, unknown[]] {
  const p = new SqlParams(asOf);
  // Each restriction on the people, as a predicate on a person id column (index-friendly for one person).
  const on: ((column: string) => string)[] = [];
  if (filter.personId !== undefined) {
    const id = p.add(filter.personId, 'int');
    on.push((column) => `${column} = ${id}`);
  }
  if (filter.personIds !== undefined) {
    const ids = p.add(filter.personIds, 'int[]');
    on.push((column) => `${column} = any(${ids})`);
  }
  const ctes: string[] = [];
  if (filter.couldMeet !== undefined && !count) {
    const sets = filter.couldMeet.criteria.map((c) => `(${couldMeetSql(c, p)})`);
    const paths = p.add(filter.couldMeet.pathIds, 'int[]');
    sets.push(`(select person_id from career_exception where path_id = any(${paths}))`);
    ctes.push(`wanted as (${sets.join(' union ')})`);
    on.push((column) => `${column} in (select person_id from wanted)`);
  }
  const unit = filter.unitId === null ? null : p.add(filter.unitId, 'int');
  const needUnit = !count || unit !== null;
  if (needUnit)
    ctes.push(`current_unit as (
       select distinct on (h.person_id) h.person_id, coalesce(h.work_unit_id, h.unit_id) as unit_id
         from position_history h
        where h.role = 'holds' and h.from_date <= $1 and (h.to_date is null or h.to_date >= $1)
          ${on.map((f) => `and ${f('h.person_id')}`).join(' ')}
        order by h.person_id, h.from_date desc)`);
  const where = [
    '(p.entry_date is null or p.entry_date <= $1) and (p.exit_date is null or p.exit_date > $1)',
    ...(unit === null ? [] : [`u.id = ${unit}`]),
    ...on.map((f) => f('p.id')),
  ].join(' and ');
  const from = needUnit
    ? `person p left join current_unit c on c.person_id = p.id
       left join org_unit u on u.id = coalesce(c.unit_id, p.unit_id)`
    : 'person p';
  const select = count
    ? 'count(*)::int as n'
    : `p.id, p.person_no, concat_ws(' ', coalesce(p.title, '') || p.first_name, p.last_name) as name,
       p.retirement_fiscal_year, u.id as unit_id, u.code as unit_code, u.name as unit_name`;
  const sql = `${ctes.length === 0 ? '' : `with ${ctes.join(',\n')}`}
    select ${select} from ${from} where ${where}${count ? '' : ' order by p.id'}`;
  return [sql, p.values];
}

interface HistoryDbRow {
  id: string | number;
  person_id: number;
  from_date: string;
  to_date: string | null;
  role: CareerRow['role'];
  title: string;
  position_type: string;
  level: string;
  unit_id: number;
  unit_kind: UnitKind;
  section: string | null;
  section_head: boolean;
  position_id: number | null;
}

/** History rows (started by `asOf`) of these people, grouped by person; the unit is the one worked in. */
export async function historyByPerson(
  db: Queryable,
  personIds: readonly number[],
  asOf: string,
): Promise<Map<number, CareerRow[]>> {
  const { rows } = await db.query<HistoryDbRow>(
    `select h.id, h.person_id, h.from_date, h.to_date, h.role, h.title, h.position_type, h.level,
            u.id as unit_id, u.kind as unit_kind, h.section, h.section_head, h.position_id
       from position_history h join org_unit u on u.id = coalesce(h.work_unit_id, h.unit_id)
      where h.person_id = any($1::int[]) and h.from_date <= $2
      order by h.person_id, h.from_date, h.id`,
    [personIds, asOf],
  );
  const out = new Map<number, CareerRow[]>();
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    list.push({
      id: Number(r.id),
      fromDate: r.from_date,
      toDate: r.to_date,
      role: r.role,
      title: r.title,
      positionType: r.position_type,
      level: r.level,
      unitId: r.unit_id,
      unitKind: r.unit_kind,
      section: r.section,
      sectionHead: r.section_head,
      positionId: r.position_id,
    });
    out.set(r.person_id, list);
  }
  return out;
}

/** Courses, works and assessments of these people up to `asOf`, grouped by person. */
export async function recordsByPerson(
  db: Queryable,
  personIds: readonly number[],
  asOf: string,
): Promise<Map<number, EvidenceRecord[]>> {
  const { rows } = await db.query<{
    id: string | number;
    person_id: number;
    kind: EvidenceRecord['kind'];
    name: string;
    achieved_on: string;
    passed: boolean;
    score: string | null;
    approved: boolean;
  }>(
    `select id, person_id, kind, name, achieved_on, passed, score, approved_at is not null as approved
       from career_record where person_id = any($1::int[]) and achieved_on <= $2 order by person_id, id`,
    [personIds, asOf],
  );
  const out = new Map<number, EvidenceRecord[]>();
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    list.push({
      id: Number(r.id),
      kind: r.kind,
      name: r.name,
      date: r.achieved_on,
      passed: r.passed,
      score: r.score === null ? null : Number(r.score),
      approved: r.kind !== 'work' || r.approved,
    });
    out.set(r.person_id, list);
  }
  return out;
}

export interface ExceptionInForce {
  id: number;
  /** null: the whole path. */
  criterionRef: string | null;
  reason: string;
  orderRef: string | null;
  validFrom: string;
  validUntil: string | null;
}

/**
 * Exceptions in force on `asOf` (begun, not ended, not revoked by then), as "pathId:personId" → the list.
 * A revocation counts from its Bangkok date.
 */
export async function exceptionsOf(
  db: Queryable,
  personIds: readonly number[],
  asOf: string,
): Promise<Map<string, ExceptionInForce[]>> {
  const { rows } = await db.query<{
    id: number;
    path_id: number;
    person_id: number;
    criterion_ref: string | null;
    reason: string;
    order_ref: string | null;
    valid_from: string;
    valid_until: string | null;
  }>(
    `select id, path_id, person_id, criterion_ref, reason, order_ref, valid_from, valid_until
       from career_exception
      where person_id = any($1::int[]) and valid_from <= $2 and (valid_until is null or valid_until >= $2)
        and (revoked_at is null or (revoked_at at time zone 'Asia/Bangkok')::date > $2)
      order by id`,
    [personIds, asOf],
  );
  const out = new Map<string, ExceptionInForce[]>();
  for (const r of rows) {
    const key = `${r.path_id}:${r.person_id}`;
    out.set(key, [
      ...(out.get(key) ?? []),
      {
        id: r.id,
        criterionRef: r.criterion_ref,
        reason: r.reason,
        orderRef: r.order_ref,
        validFrom: r.valid_from,
        validUntil: r.valid_until,
      },
    ]);
  }
  return out;
}

/** The person linked to a user account (app_user.person_id), if any. */
export async function personOfUser(db: Queryable, userId: number | null): Promise<number | null> {
  if (userId === null) return null;
  const { rows } = await db.query<{ person_id: number | null }>(
    'select person_id from app_user where id = $1',
    [userId],
  );
  return rows[0]?.person_id ?? null;
}

export async function unitByCode(db: Queryable, code: string): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>('select id from org_unit where code = $1', [code]);
  return rows[0]?.id ?? null;
}
