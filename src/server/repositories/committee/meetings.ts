/** Meetings, agenda items, resolutions, suggestions and links: SQL only (rules in use-cases/committee). */
import type { Queryable } from '../../db/database';

export interface MeetingRow {
  id: number;
  no: number;
  year_be: number;
  held_on: string;
  start_time: string | null;
  place: string | null;
  online: string | null;
  attendees: string[];
  version: number;
  resolutions: number;
  open_assignments: number;
}

const MEETING = `select m.id, m.no, m.year_be, m.held_on::text as held_on, m.start_time, m.place, m.online,
       m.attendees, m.version,
       (select count(*)::int from committee_resolution r join committee_agenda_item i on i.id = r.agenda_item_id
         where i.meeting_id = m.id) as resolutions,
       (select count(*)::int from committee_assignment a join committee_resolution r on r.id = a.resolution_id
          join committee_agenda_item i on i.id = r.agenda_item_id
         where i.meeting_id = m.id and a.state <> 'closed') as open_assignments
  from committee_meeting m`;

export async function insertMeeting(
  tx: Queryable,
  m: {
    no: number;
    yearBe: number;
    heldOn: string;
    startTime: string | null;
    place: string | null;
    online: string | null;
    attendees: string[];
    tokens: string[];
  },
): Promise<number | null> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into committee_meeting (no, year_be, held_on, start_time, place, online, attendees, tokens)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::text[])
     on conflict (no, year_be) do nothing returning id`,
    [m.no, m.yearBe, m.heldOn, m.startTime, m.place, m.online, JSON.stringify(m.attendees), m.tokens],
  );
  return rows[0]?.id ?? null;
}

export async function listMeetingRows(db: Queryable): Promise<MeetingRow[]> {
  const { rows } = await db.query<MeetingRow>(`${MEETING} order by m.held_on desc, m.id desc`);
  return rows;
}

export async function findMeetingRow(db: Queryable, id: number): Promise<MeetingRow | null> {
  const { rows } = await db.query<MeetingRow>(`${MEETING} where m.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Every meeting date (YYYY-MM-DD), ascending: the calendar "the next meeting" is read from. */
export async function meetingDates(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ d: string }>(
    'select held_on::text as d from committee_meeting order by held_on',
  );
  return rows.map((r) => r.d);
}

export interface AgendaRow {
  id: number;
  meeting_id: number;
  no: number;
  kind: string;
  title: string;
  summary: string | null;
}

/** Appends agenda items after the meeting's last one (numbered on), in one statement. */
export async function insertAgendaItems(
  tx: Queryable,
  meetingId: number,
  items: ReadonlyArray<{ kind: string; title: string; summary: string | null }>,
): Promise<AgendaRow[]> {
  if (items.length === 0) return [];
  const { rows } = await tx.query<AgendaRow>(
    `insert into committee_agenda_item (meeting_id, no, kind, title, summary)
     select $1, coalesce((select max(no) from committee_agenda_item where meeting_id = $1), 0) + e.n, e.kind,
            e.title, e.summary
       from unnest($2::text[], $3::text[], $4::text[]) with ordinality as e(kind, title, summary, n)
     returning id, meeting_id, no, kind, title, summary`,
    [meetingId, items.map((i) => i.kind), items.map((i) => i.title), items.map((i) => i.summary)],
  );
  return rows;
}

export async function agendaRows(db: Queryable, meetingId: number): Promise<AgendaRow[]> {
  const { rows } = await db.query<AgendaRow>(
    'select id, meeting_id, no, kind, title, summary from committee_agenda_item where meeting_id = $1 order by no',
    [meetingId],
  );
  return rows;
}

export async function findAgendaRow(db: Queryable, id: number): Promise<AgendaRow | null> {
  const { rows } = await db.query<AgendaRow>(
    'select id, meeting_id, no, kind, title, summary from committee_agenda_item where id = $1',
    [id],
  );
  return rows[0] ?? null;
}

/** Rewrites a meeting's search words (place, channel, attendees, agenda titles and summaries). */
export async function refreshMeetingTokens(
  tx: Queryable,
  meetingId: number,
  tokens: (texts: string[]) => string[],
): Promise<void> {
  const { rows } = await tx.query<{ texts: string[] }>(
    `select array_remove(array[m.place, m.online] || array(select jsonb_array_elements_text(m.attendees))
              || array(select coalesce(i.title, '') || ' ' || coalesce(i.summary, '')
                         from committee_agenda_item i where i.meeting_id = m.id), null) as texts
       from committee_meeting m where m.id = $1`,
    [meetingId],
  );
  await tx.query('update committee_meeting set tokens = $2::text[] where id = $1', [
    meetingId,
    tokens(rows[0]?.texts ?? []),
  ]);
}
