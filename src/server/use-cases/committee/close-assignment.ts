/**
 * The secretariat closes an assignment at a meeting (domain: closeAtMeeting): only one proposed for closing,
 * at a meeting held after the resolution's. The meeting is recorded on the assignment; audited.
 */
import { closeAtMeeting, type AssignmentState } from '../../../domain/committee';
import type { AssignmentClose, AssignmentDetail } from '../../../shared/api/committee';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { requireSecretariat } from '../../policies/committee/committee-policy';
import { recordAudit } from '../../repositories/audit';
import { lockAssignment, setAssignmentState } from '../../repositories/committee/assignments';
import { findMeetingRow } from '../../repositories/committee/meetings';
import { ASSIGNMENT, getAssignment } from './assignments';

export async function closeAssignment(
  db: Database,
  actor: Actor,
  id: number,
  input: AssignmentClose,
  now = new Date(),
): Promise<AssignmentDetail> {
  requireSecretariat(actor);
  await db.transaction(async (tx) => {
    const row = await lockAssignment(tx, id);
    if (!row) throw notFound(ASSIGNMENT);
    if (row.version !== input.version)
      throw conflict({
        th: 'เรื่องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดใหม่',
        en: 'This assignment was changed by someone else; reload',
      });
    const meeting = await findMeetingRow(tx, input.meetingId);
    if (!meeting) throw invalidInput([{ field: 'meetingId', th: 'ไม่พบการประชุมนี้', en: 'no such meeting' }]);
    const decision = closeAtMeeting(
      { state: row.state as AssignmentState, resolutionMeetingDate: row.meeting_date },
      { heldOn: meeting.held_on },
    );
    if (decision.refused) {
      if (decision.code === 'meeting_too_early')
        throw invalidInput([{ field: 'meetingId', th: decision.th, en: decision.en }]);
      throw conflict({ th: decision.th, en: decision.en });
    }
    const note = input.note ?? null;
    await setAssignmentState(tx, id, 'closed', { meetingId: meeting.id, note });
    await recordAudit(tx, actor, {
      action: 'close',
      entity: 'committee_assignment',
      entityId: id,
      before: { state: row.state },
      after: { state: 'closed', closed_at_meeting_id: meeting.id, closed_note: note },
    });
  });
  return getAssignment(db, actor, id, now);
}
