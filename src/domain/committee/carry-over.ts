/**
 * The carry-over rule (เรื่องสืบเนื่อง): the paper of a meeting lists every resolution of an earlier meeting
 * that still has an assignment open as of that meeting, once, with its open assignments and their latest
 * progress. An assignment closed at an earlier meeting does not appear; one closed at this very meeting or a
 * later one still appears (the paper is written before the meeting). Resolutions in meeting order.
 */
import type { AssignmentState } from './assignment';

export interface CarryAssignment {
  id: number;
  resolutionId: number;
  state: AssignmentState;
  /** Date of the meeting at which it was closed, null while open. */
  closedOn: string | null;
}

export interface CarryResolution {
  id: number;
  meetingDate: string;
  agendaNo: number;
  seq: number;
}

export interface CarriedItem<R extends CarryResolution, A extends CarryAssignment> {
  resolution: R;
  assignments: A[];
}

export function carriedOver<R extends CarryResolution, A extends CarryAssignment>(
  meetingDate: string,
  resolutions: readonly R[],
  assignments: readonly A[],
): CarriedItem<R, A>[] {
  const openAt = (a: A) => a.closedOn === null || a.closedOn >= meetingDate;
  const byResolution = new Map<number, A[]>();
  for (const a of assignments) {
    if (!openAt(a)) continue;
    const list = byResolution.get(a.resolutionId) ?? [];
    list.push(a);
    byResolution.set(a.resolutionId, list);
  }
  return resolutions
    .filter((r) => r.meetingDate < meetingDate && byResolution.has(r.id))
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.agendaNo - b.agendaNo || a.seq - b.seq)
    .map((resolution) => ({
      resolution,
      assignments: byResolution.get(resolution.id)!.sort((x, y) => x.id - y.id),
    }));
}
