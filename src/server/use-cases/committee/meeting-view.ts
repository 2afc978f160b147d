/** One meeting as the committee reads it: agenda items, their resolutions, suggestions, links and assignments. */
import type { AgendaKind, LinkKind, ResolutionKind } from '../../../domain/committee';
import type { MeetingView } from '../../../shared/api/committee';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { requireCommitteeReader } from '../../policies/committee/committee-policy';
import { assignmentRows } from '../../repositories/committee/assignments';
import { agendaRows, findMeetingRow, meetingDates } from '../../repositories/committee/meetings';
import { linkRows, resolutionRows, suggestionRows } from '../../repositories/committee/resolutions';
import { toAssignmentView } from './assignment-view';
import { MEETING, toMeetingSummary } from './meetings';
import { bangkokToday } from './today';

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

export async function getMeeting(
  db: Queryable,
  actor: Actor,
  id: number,
  now = new Date(),
): Promise<MeetingView> {
  requireCommitteeReader(actor);
  const meeting = await findMeetingRow(db, id);
  if (!meeting) throw notFound(MEETING);
  const items = await agendaRows(db, id);
  const resolutions = await resolutionRows(db, { meetingId: id });
  const ids = resolutions.map((r) => r.id);
  const [suggestions, links, assignments, meetings] = [
    groupBy(await suggestionRows(db, ids), (s) => s.resolution_id),
    groupBy(await linkRows(db, ids), (l) => l.resolution_id),
    groupBy(await assignmentRows(db, { resolutionIds: ids }), (a) => a.resolution_id),
    await meetingDates(db),
  ];
  const today = bangkokToday(now);
  const byItem = groupBy(resolutions, (r) => r.agenda_item_id);
  return {
    ...toMeetingSummary(meeting),
    attendees: meeting.attendees,
    version: meeting.version,
    agenda: items.map((i) => ({
      id: i.id,
      no: i.no,
      kind: i.kind as AgendaKind,
      title: i.title,
      summary: i.summary,
      resolutions: (byItem.get(i.id) ?? []).map((r) => ({
        id: r.id,
        kind: r.kind as ResolutionKind,
        text: r.text,
        suggestions: (suggestions.get(r.id) ?? []).map((s) => ({ no: s.no, text: s.text })),
        links: (links.get(r.id) ?? []).map((l) => ({ kind: l.kind as LinkKind, ref: l.ref })),
        assignments: (assignments.get(r.id) ?? []).map((a) => toAssignmentView(a, meetings, today)),
      })),
    })),
  };
}
