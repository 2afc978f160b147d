/**
 * Search over meetings, resolutions and suggestions: rows whose tokens hold every query word (GIN index on
 * each tokens column), newest meeting first, one page at a time with the total count.
 */
import type { Queryable } from '../../db/database';

export interface SearchRow {
  kind: 'meeting' | 'resolution' | 'suggestion';
  id: number;
  meeting_id: number;
  meeting_no: number;
  meeting_year: number;
  meeting_date: string;
  text: string;
  total: number;
}

export async function searchRows(
  db: Queryable,
  words: string[],
  limit: number,
  offset: number,
): Promise<SearchRow[]> {
  const { rows } = await db.query<SearchRow>(
    `with hits as (
       select 'meeting' as kind, m.id, m.id as meeting_id, 0 as agenda_no, 0 as sub,
              coalesce(m.place, '') || case when m.online is null then '' else ' ' || m.online end as text
         from committee_meeting m where m.tokens @> $1::text[]
       union all
       select 'resolution', r.id, i.meeting_id, i.no, r.id, r.text
         from committee_resolution r join committee_agenda_item i on i.id = r.agenda_item_id
        where r.tokens @> $1::text[]
       union all
       select 'suggestion', s.id, i.meeting_id, i.no, s.resolution_id * 1000 + s.no, s.text
         from committee_suggestion s join committee_resolution r on r.id = s.resolution_id
         join committee_agenda_item i on i.id = r.agenda_item_id
        where s.tokens @> $1::text[])
     select h.kind, h.id, h.meeting_id, m.no as meeting_no, m.year_be as meeting_year,
            m.held_on::text as meeting_date, h.text, count(*) over ()::int as total
       from hits h join committee_meeting m on m.id = h.meeting_id
      order by m.held_on desc, h.agenda_no, h.sub, h.kind, h.id
      limit $2 offset $3`,
    [words, limit, offset],
  );
  return rows;
}

/** The total when the page is past the end (count(*) over () has no row to ride on then). */
export async function searchCount(db: Queryable, words: string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `select (select count(*) from committee_meeting where tokens @> $1::text[])
          + (select count(*) from committee_resolution where tokens @> $1::text[])
          + (select count(*) from committee_suggestion where tokens @> $1::text[]) as n`,
    [words],
  );
  return Number(rows[0]?.n ?? 0);
}
