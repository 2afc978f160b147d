/**
 * The data of the committee's papers for one meeting: its "เรื่องสืบเนื่อง" (every resolution of an earlier
 * meeting still open as of it, once — the carry-over rule of src/domain/committee) and the draft of its
 * minutes' resolution part. Overdue is judged as of the meeting's date (the paper is for that day).
 */
import {
  carriedOver,
  daysLate,
  type AgendaKind,
  type AssignmentState,
  type ResolutionKind,
  type ReturnKind,
} from '../../../domain/committee';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import type {
  FollowUpPaper,
  MinutesDraft,
  PaperAssignment,
  PaperMeeting,
} from '../../papers/committee/content';
import { requireCommitteeReader } from '../../policies/committee/committee-policy';
import { assignmentRows, progressRows, type AssignmentRow } from '../../repositories/committee/assignments';
import {
  agendaRows,
  findMeetingRow,
  meetingDates,
  type MeetingRow,
} from '../../repositories/committee/meetings';
import { resolutionRows, suggestionRows } from '../../repositories/committee/resolutions';
import { dueRule } from './assignment-view';
import { MEETING } from './meetings';

const paperMeeting = (m: MeetingRow): PaperMeeting => ({
  no: m.no,
  yearBe: m.year_be,
  heldOn: m.held_on,
  startTime: m.start_time,
  place: m.place,
  online: m.online,
});

async function paperAssignments(db: Queryable, rows: AssignmentRow[], asOf: string) {
  const [progress, meetings] = [
    await progressRows(
      db,
      rows.map((r) => r.id),
    ),
    await meetingDates(db),
  ];
  return new Map<number, PaperAssignment>(
    rows.map((r) => [
      r.id,
      {
        unit: r.unit_name,
        returnKind: r.return_kind as ReturnKind,
        dueDate: r.due_date,
        dueNextMeeting: r.due_next_meeting,
        state: r.state as AssignmentState,
        daysLate: daysLate(dueRule(r), meetings, asOf),
        progress: progress
          .filter((p) => p.assignment_id === r.id)
          .map((p) => ({ at: p.at, author: p.author, text: p.text, proposesClosing: p.proposes_closing })),
      },
    ]),
  );
}

async function meetingOrThrow(db: Queryable, id: number) {
  const m = await findMeetingRow(db, id);
  if (!m) throw notFound(MEETING);
  return m;
}

export async function followUpPaper(db: Queryable, actor: Actor, meetingId: number): Promise<FollowUpPaper> {
  requireCommitteeReader(actor);
  const meeting = await meetingOrThrow(db, meetingId);
  const resolutions = await resolutionRows(db, { before: meeting.held_on });
  const rows = await assignmentRows(db, { resolutionIds: resolutions.map((r) => r.id) });
  const items = carriedOver(
    meeting.held_on,
    resolutions.map((r) => ({ ...r, meetingDate: r.meeting_date, agendaNo: r.agenda_no, seq: r.id })),
    rows.map((a) => ({
      ...a,
      resolutionId: a.resolution_id,
      state: a.state as AssignmentState,
      closedOn: a.closed_meeting_date,
    })),
  );
  const carriedIds = items.map((i) => i.resolution.id);
  const suggestions = await suggestionRows(db, carriedIds);
  const assignments = await paperAssignments(
    db,
    items.flatMap((i) => i.assignments),
    meeting.held_on,
  );
  const origins = new Map<number, PaperMeeting>();
  for (const id of new Set(items.map((i) => i.resolution.meeting_id)))
    origins.set(id, paperMeeting((await findMeetingRow(db, id))!));
  return {
    meeting: paperMeeting(meeting),
    carried: items.map(({ resolution: r, assignments: list }) => ({
      origin: origins.get(r.meeting_id)!,
      agendaTitle: r.agenda_title,
      kind: r.kind as ResolutionKind,
      text: r.text,
      suggestions: suggestions
        .filter((s) => s.resolution_id === r.id)
        .map((s) => ({ no: s.no, text: s.text })),
      assignments: list.map((a) => assignments.get(a.id)!),
    })),
  };
}

export async function minutesDraft(db: Queryable, actor: Actor, meetingId: number): Promise<MinutesDraft> {
  requireCommitteeReader(actor);
  const meeting = await meetingOrThrow(db, meetingId);
  const items = await agendaRows(db, meetingId);
  const resolutions = await resolutionRows(db, { meetingId });
  const ids = resolutions.map((r) => r.id);
  const suggestions = await suggestionRows(db, ids);
  const rows = await assignmentRows(db, { resolutionIds: ids });
  const assignments = await paperAssignments(db, rows, meeting.held_on);
  return {
    meeting: paperMeeting(meeting),
    attendees: meeting.attendees,
    agenda: items.map((i) => ({
      no: i.no,
      kind: i.kind as AgendaKind,
      title: i.title,
      resolutions: resolutions
        .filter((r) => r.agenda_item_id === i.id)
        .map((r) => ({
          kind: r.kind as ResolutionKind,
          text: r.text,
          suggestions: suggestions
            .filter((s) => s.resolution_id === r.id)
            .map((s) => ({ no: s.no, text: s.text })),
          assignments: rows.filter((a) => a.resolution_id === r.id).map((a) => assignments.get(a.id)!),
        })),
    })),
  };
}
