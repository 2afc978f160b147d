/**
 * The people directory's search (decision 0026). A search by text, unit or title first finds the few people
 * who can match — by name or number, by a title held today, by a unit named — then looks up what each of
 * them holds today (one index probe per candidate, not a pass over everyone's history) and applies the
 * very filter of the plain listing, so the rows, their order and the exact total are the listing's. Only
 * the unfiltered listing (everyone: the admin's first page) reads what everyone holds, as one index range.
 */
import type { Queryable } from '../../db/database';

export interface DirectoryDbRow {
  person_no: string;
  first_name: string;
  last_name: string;
  title_name: string | null;
  staff_type: string;
  title: string | null;
  level: string | null;
  unit_code: string | null;
  unit_name: string | null;
  total: number;
}

export interface DirectoryFilters {
  /** the text searched, its % _ \ escaped */
  q: string | null;
  unitId: number | null;
  title: string | null;
  today: string;
  limit: number;
  offset: number;
}

/** A holds row covering $1 (an open period ends on 9999-12-31, as in the index position_history_holds_on). */
const COVERING = `h.role = 'holds' and coalesce(h.to_date, '9999-12-31'::date) >= $1::date and h.from_date <= $1::date`;

/** What everyone holds today: one range of position_history_holds_on (migration 0027), joined by hash. */
const HELD_BY_ALL = `left join (
         select distinct on (h.person_id) h.person_id, h.title, h.level, h.unit_id from position_history h
          where ${COVERING}
          order by h.person_id, h.from_date desc) h on h.person_id = p.id`;

/** What one candidate holds today: the latest begun holds row covering $1, as the range above keeps. */
const HELD_BY_ONE = `left join lateral (
         select h.title, h.level, h.unit_id from position_history h
          where h.person_id = p.id and ${COVERING}
          order by h.from_date desc limit 1) h on true`;

const TEXT = `'%' || $2::text || '%'`;

/**
 * Every title ever recorded, by a loose scan of the index position_history_title (one probe per distinct
 * title: a few hundred, whatever the rows), so a text matching no title costs no pass over the history.
 */
const TITLES = `titles(title) as (
         (select title from position_history order by title limit 1)
         union all
         select (select h.title from position_history h where h.title > t.title order by h.title limit 1)
           from titles t where t.title is not null)`;

/**
 * People who may match (a superset: the filter of the listing decides): by number or name; holding today
 * a title or in a unit the text names; recorded in a unit the text names (when they hold nothing today).
 */
const BY_TEXT = `with recursive ${TITLES},
       units_named as (select id from org_unit where name ilike ${TEXT}),
       candidates(id) as (
         select p.id from person p
          where p.person_no ilike $2::text || '%' or (p.first_name || ' ' || p.last_name) ilike ${TEXT}
             or p.unit_id in (select id from units_named)
         union
         select h.person_id from position_history h
          where h.title in (select title from titles where title ilike ${TEXT}) and ${COVERING}
         union
         select h.person_id from position_history h
          where h.unit_id in (select id from units_named) and ${COVERING})`;

/** Holding the title today (in the unit, when one is asked): whoever the listing can show. */
const BY_TITLE = `with candidates(id) as (
         select distinct h.person_id from position_history h
          where h.title = $4::text and ($3::int is null or h.unit_id = $3) and ${COVERING})`;

/** Holding a position of the unit today, or recorded in the unit. */
const BY_UNIT = `with candidates(id) as (
         select h.person_id from position_history h where h.unit_id = $3::int and ${COVERING}
         union
         select p.id from person p where p.unit_id = $3::int)`;

function sourceOf(f: DirectoryFilters): { head: string; from: string; held: string } {
  const narrowed = (head: string) => ({
    head,
    from: 'candidates c join person p on p.id = c.id',
    held: HELD_BY_ONE,
  });
  if (f.q !== null) return narrowed(BY_TEXT);
  if (f.title !== null) return narrowed(BY_TITLE);
  if (f.unitId !== null) return narrowed(BY_UNIT);
  return { head: '', from: 'person p', held: HELD_BY_ALL };
}

export async function searchPeople(db: Queryable, f: DirectoryFilters): Promise<DirectoryDbRow[]> {
  const source = sourceOf(f);
  const { rows } = await db.query<DirectoryDbRow>(
    `${source.head}
     select p.person_no, p.first_name, p.last_name, p.title as title_name, p.staff_type, h.title, h.level,
            u.code as unit_code, u.name as unit_name, count(*) over ()::int as total
       from ${source.from}
       ${source.held}
       left join org_unit u on u.id = coalesce(h.unit_id, p.unit_id)
      where ($2::text is null or p.person_no ilike $2 || '%'
             or (p.first_name || ' ' || p.last_name) ilike ${TEXT}
             or h.title ilike ${TEXT} or u.name ilike ${TEXT})
        and ($3::int is null or coalesce(h.unit_id, p.unit_id) = $3)
        and ($4::text is null or h.title = $4)
      -- code-point order: the same on PGlite and PostgreSQL whatever the server's collation
      order by p.first_name collate "C", p.last_name collate "C", p.person_no
      limit $5 offset $6`,
    [f.today, f.q, f.unitId, f.title, f.limit, f.offset],
  );
  return rows;
}
