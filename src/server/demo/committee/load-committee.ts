/**
 * Loads the committee demo through the module's own use-cases (audited like any change): the four meetings
 * of the seeds, their resolutions and assignments, then the follow-up — progress entries dated as they would
 * have been, and closings at the later meetings. Loaded on a given day (`cycleToday`), the assignments still
 * open are due relative to it (dueFromLoadDays): late by days at most, never by years (issue 14 item 15).
 */
import { addDays } from '../../../domain/monitoring';
import { DEMO_LOADER, type Actor } from '../../actor';
import type { Database } from '../../db/database';
import { closeAssignment } from '../../use-cases/committee/close-assignment';
import { createMeeting } from '../../use-cases/committee/meetings';
import { reportAssignmentProgress } from '../../use-cases/committee/report-progress';
import { recordResolution } from '../../use-cases/committee/resolutions';
import { MEETING_3_2562, MEETING_8_2560 } from './meetings-2560-2562';
import { MEETING_6_2566, MEETING_7_2563 } from './meetings-2563-2566';
import type { DemoAssignment } from './types';

export const DEMO_MEETINGS = [MEETING_8_2560, MEETING_3_2562, MEETING_7_2563, MEETING_6_2566];

export async function loadCommitteeDemo(db: Database, cycleToday?: string): Promise<void> {
  const { rows: units } = await db.query<{ id: number; code: string }>('select id, code from org_unit');
  const unitId = new Map(units.map((u) => [u.code, u.id]));
  const meetingId = new Map<string, number>();
  const followUps: { id: number; unitId: number; demo: DemoAssignment }[] = [];
  for (const m of DEMO_MEETINGS) {
    const created = await createMeeting(db, DEMO_LOADER, {
      no: m.no,
      yearBe: m.yearBe,
      heldOn: m.heldOn,
      startTime: m.startTime,
      place: m.place,
      online: m.online,
      attendees: m.attendees,
      agenda: m.agenda.map((i) => ({ kind: i.kind, title: i.title, summary: i.summary ?? null })),
    });
    meetingId.set(`${m.no}/${m.yearBe}`, created.id);
    const { rows: items } = await db.query<{ id: number; no: number }>(
      'select id, no from committee_agenda_item where meeting_id = $1 order by no',
      [created.id],
    );
    for (const [i, item] of m.agenda.entries()) {
      for (const r of item.resolutions) {
        const assignments = (r.assignments ?? []).map((a) => {
          const relative = cycleToday !== undefined && a.dueFromLoadDays !== undefined;
          return {
            unitId: unitId.get(a.unit)!,
            returnKind: a.returnKind,
            dueDate: relative ? addDays(cycleToday, a.dueFromLoadDays!) : (a.dueDate ?? null),
            dueNextMeeting: relative ? false : (a.dueNextMeeting ?? false),
          };
        });
        const rec = await recordResolution(db, DEMO_LOADER, items[i]!.id, {
          kind: r.kind,
          text: r.text,
          suggestions: r.suggestions ?? [],
          links: r.links ?? [],
          assignments,
        });
        rec.assignmentIds.forEach((id, k) =>
          followUps.push({ id, unitId: assignments[k]!.unitId, demo: r.assignments![k]! }),
        );
      }
    }
  }
  for (const f of followUps) {
    const unitActor: Actor = { userId: null, label: 'demo', role: 'focal_point', unitId: f.unitId };
    let version = 1;
    for (const p of f.demo.progress ?? []) {
      const after = await reportAssignmentProgress(db, unitActor, f.id, {
        text: p.text,
        proposesClosing: p.proposesClosing ?? false,
        version,
      });
      version = after.version;
      await db.query(
        `update committee_progress set at = ($2::date + time '10:00') at time zone 'Asia/Bangkok' where id = $1`,
        [after.progress.at(-1)!.id, p.on],
      );
    }
    if (f.demo.closedAt) {
      await closeAssignment(db, DEMO_LOADER, f.id, {
        meetingId: meetingId.get(f.demo.closedAt)!,
        note: f.demo.closedNote ?? null,
        version,
      });
    }
  }
}
