/** Resolutions with their suggestions and links: SQL only. */
import type { Queryable } from '../../db/database';

export interface ResolutionRow {
  id: number;
  agenda_item_id: number;
  kind: string;
  text: string;
  meeting_id: number;
  meeting_date: string;
  agenda_no: number;
  agenda_title: string;
}

const RESOLUTION = `select r.id, r.agenda_item_id, r.kind, r.text, i.meeting_id, m.held_on::text as meeting_date,
       i.no as agenda_no, i.title as agenda_title
  from committee_resolution r join committee_agenda_item i on i.id = r.agenda_item_id
  join committee_meeting m on m.id = i.meeting_id`;

export async function insertResolution(
  tx: Queryable,
  r: { agendaItemId: number; kind: string; text: string; tokens: string[] },
): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into committee_resolution (agenda_item_id, kind, text, tokens) values ($1, $2, $3, $4::text[])
     returning id`,
    [r.agendaItemId, r.kind, r.text, r.tokens],
  );
  return rows[0]!.id;
}

/** Suggestions numbered 1, 2, … in the given order; tokens as a JSON array per suggestion. */
export async function insertSuggestions(
  tx: Queryable,
  resolutionId: number,
  suggestions: ReadonlyArray<{ text: string; tokens: string[] }>,
): Promise<void> {
  if (suggestions.length === 0) return;
  await tx.query(
    `insert into committee_suggestion (resolution_id, no, text, tokens)
     select $1, e.n, e.text, array(select jsonb_array_elements_text(e.tokens::jsonb))
       from unnest($2::text[], $3::text[]) with ordinality as e(text, tokens, n)`,
    [resolutionId, suggestions.map((s) => s.text), suggestions.map((s) => JSON.stringify(s.tokens))],
  );
}

export async function insertLinks(
  tx: Queryable,
  resolutionId: number,
  links: ReadonlyArray<{ kind: string; ref: string }>,
): Promise<void> {
  if (links.length === 0) return;
  await tx.query(
    `insert into committee_link (resolution_id, kind, ref)
     select $1, e.kind, e.ref from unnest($2::text[], $3::text[]) as e(kind, ref) on conflict do nothing`,
    [resolutionId, links.map((l) => l.kind), links.map((l) => l.ref)],
  );
}

/** Resolutions of one meeting (meetingId) or of every meeting held before a date (before). */
export async function resolutionRows(
  db: Queryable,
  where: { meetingId: number } | { before: string } | { ids: number[] },
): Promise<ResolutionRow[]> {
  const [cond, param] =
    'meetingId' in where
      ? ['i.meeting_id = $1', where.meetingId]
      : 'before' in where
        ? ['m.held_on < $1::date', where.before]
        : ['r.id = any($1::int[])', where.ids];
  const { rows } = await db.query<ResolutionRow>(
    `${RESOLUTION} where ${cond} order by m.held_on, i.no, r.id`,
    [param],
  );
  return rows;
}

export async function suggestionRows(
  db: Queryable,
  resolutionIds: number[],
): Promise<{ resolution_id: number; no: number; text: string }[]> {
  const { rows } = await db.query<{ resolution_id: number; no: number; text: string }>(
    `select resolution_id, no, text from committee_suggestion where resolution_id = any($1::int[])
      order by resolution_id, no`,
    [resolutionIds],
  );
  return rows;
}

export async function linkRows(
  db: Queryable,
  resolutionIds: number[],
): Promise<{ resolution_id: number; kind: string; ref: string }[]> {
  const { rows } = await db.query<{ resolution_id: number; kind: string; ref: string }>(
    `select resolution_id, kind, ref from committee_link where resolution_id = any($1::int[])
      order by resolution_id, kind, ref`,
    [resolutionIds],
  );
  return rows;
}
