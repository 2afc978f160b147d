/**
 * Meetings and their agenda (the secretariat records them; the committee and the secretariat read them).
 * Agenda items keep the standard order (ประธานแจ้ง … กำหนดวันประชุม): an item of an earlier kind than the
 * meeting's last item is refused. Every change is audited in its transaction.
 */
import { firstOutOfOrder, searchTokens, type AgendaKind } from '../../../domain/committee';
import type { AgendaItemCreate, MeetingCreate, MeetingSummary } from '../../../shared/api/committee';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { recordAudit, recordAuditMany } from '../../repositories/audit';
import {
  agendaRows,
  findMeetingRow,
  insertAgendaItems,
  insertMeeting,
  listMeetingRows,
  refreshMeetingTokens,
  type MeetingRow,
} from '../../repositories/committee/meetings';
import { requireCommitteeReader, requireSecretariat } from '../../policies/committee/committee-policy';

export const MEETING = { th: 'การประชุมนี้', en: 'This meeting' };

export const toMeetingSummary = (m: MeetingRow): MeetingSummary => ({
  id: m.id,
  no: m.no,
  yearBe: m.year_be,
  heldOn: m.held_on,
  startTime: m.start_time,
  place: m.place,
  online: m.online,
  resolutions: m.resolutions,
  openAssignments: m.open_assignments,
});

export async function listMeetings(db: Queryable, actor: Actor): Promise<MeetingSummary[]> {
  requireCommitteeReader(actor);
  return (await listMeetingRows(db)).map(toMeetingSummary);
}

async function appendAgenda(tx: Queryable, actor: Actor, meetingId: number, items: AgendaItemCreate[]) {
  const existing = (await agendaRows(tx, meetingId)).map((r) => r.kind as AgendaKind);
  const bad = firstOutOfOrder([...existing, ...items.map((i) => i.kind)]);
  if (bad >= 0) {
    const at = bad - existing.length;
    throw invalidInput([
      {
        field: at >= 0 ? `agenda.${at}.kind` : 'kind',
        th: 'ระเบียบวาระต้องเรียงตามลำดับมาตรฐาน (ประธานแจ้ง รับรองรายงาน สืบเนื่อง เพื่อทราบ เพื่อพิจารณา อื่น ๆ กำหนดวันประชุม)',
        en: 'agenda items follow the standard order (chair, certify, carried over, information, consideration, other, schedule)',
      },
    ]);
  }
  const rows = await insertAgendaItems(
    tx,
    meetingId,
    items.map((i) => ({ kind: i.kind, title: i.title, summary: i.summary ?? null })),
  );
  await recordAuditMany(
    tx,
    actor,
    rows.map((r) => ({
      action: 'create' as const,
      entity: 'committee_agenda_item',
      entityId: r.id,
      after: { meeting_id: meetingId, no: r.no, kind: r.kind, title: r.title, summary: r.summary },
    })),
  );
  await refreshMeetingTokens(tx, meetingId, (texts) => searchTokens(...texts));
  return rows;
}

export async function createMeeting(
  db: Database,
  actor: Actor,
  input: MeetingCreate,
): Promise<MeetingSummary> {
  requireSecretariat(actor);
  return db.transaction(async (tx) => {
    const fields = {
      no: input.no,
      yearBe: input.yearBe,
      heldOn: input.heldOn,
      startTime: input.startTime ?? null,
      place: input.place ?? null,
      online: input.online ?? null,
      attendees: input.attendees,
    };
    const id = await insertMeeting(tx, { ...fields, tokens: [] });
    if (id === null)
      throw conflict({
        th: `มีการประชุมครั้งที่ ${input.no}/${input.yearBe} อยู่แล้ว`,
        en: `Meeting ${input.no}/${input.yearBe} already exists`,
      });
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'committee_meeting',
      entityId: id,
      after: fields,
    });
    await appendAgenda(tx, actor, id, input.agenda);
    return toMeetingSummary((await findMeetingRow(tx, id))!);
  });
}

export async function addAgendaItem(
  db: Database,
  actor: Actor,
  meetingId: number,
  input: AgendaItemCreate,
): Promise<{ id: number; no: number }> {
  requireSecretariat(actor);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query('select id from committee_meeting where id = $1 for update', [meetingId]);
    if (rows.length === 0) throw notFound(MEETING);
    const [row] = await appendAgenda(tx, actor, meetingId, [input]);
    return { id: row!.id, no: row!.no };
  });
}
