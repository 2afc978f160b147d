/**
 * Nominating successors (the central office): a person for a key position with readiness, consent and a
 * note; later changes (readiness, consent, note) or the withdrawal. Each writes a history row and is
 * audited in its transaction; a stale version is a 409.
 */
import type { NominationChange, NominationCreate } from '../../../shared/api/careers';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { requireCareerAdmin } from '../../policies/careers/careers-policy';
import { recordAudit } from '../../repositories/audit';
import { personIdByNo } from '../../repositories/careers/exceptions';
import {
  insertNomination,
  keyPosition,
  nominationRow,
  recordChange,
  updateNomination,
} from '../../repositories/careers/nominations';

export async function nominate(db: Database, actor: Actor, input: NominationCreate): Promise<{ id: number }> {
  requireCareerAdmin(actor);
  return db.transaction(async (tx) => {
    if (!(await keyPosition(tx, input.positionId)))
      throw invalidInput([
        {
          field: 'positionId',
          th: 'ไม่ใช่ตำแหน่งสำคัญ (ไม่มีเส้นทางใดนำไปสู่ตำแหน่งนี้)',
          en: 'not a key position (no career path leads to its title)',
        },
      ]);
    const personId = await personIdByNo(tx, input.personNo);
    if (personId === null)
      throw invalidInput([
        {
          field: 'personNo',
          th: `ไม่พบบุคคลเลขที่ ${input.personNo}`,
          en: `no person numbered ${input.personNo}`,
        },
      ]);
    const fields = {
      positionId: input.positionId,
      personId,
      readiness: input.readiness,
      consent: input.consent,
      note: input.note ?? null,
      by: actor.userId,
    };
    const id = await insertNomination(tx, fields);
    if (id === null)
      throw conflict({
        th: `บุคคล ${input.personNo} ได้รับการเสนอชื่อสำหรับตำแหน่งนี้อยู่แล้ว`,
        en: `${input.personNo} is already nominated for this position`,
      });
    await recordChange(tx, id, { ...fields, withdrawn: false });
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'career_nomination',
      entityId: id,
      after: {
        position_id: input.positionId,
        person_id: personId,
        readiness: input.readiness,
        consent: input.consent,
        note: fields.note,
      },
    });
    return { id };
  });
}

export async function changeNomination(
  db: Database,
  actor: Actor,
  id: number,
  input: NominationChange,
): Promise<{ id: number }> {
  requireCareerAdmin(actor);
  await db.transaction(async (tx) => {
    const before = await nominationRow(tx, id);
    if (!before || before.withdrawn_at !== null)
      throw notFound({ th: 'การเสนอชื่อนี้ (หรือถูกถอนแล้ว)', en: 'This nomination (or it was withdrawn)' });
    const after = {
      readiness: input.readiness ?? before.readiness,
      consent: input.consent ?? before.consent,
      note: input.note === undefined ? before.note : input.note,
      withdraw: input.withdraw ?? false,
    };
    if (!(await updateNomination(tx, id, input.version, after)))
      throw conflict({ th: 'ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว โปรดโหลดใหม่', en: 'Changed by someone else; reload it' });
    await recordChange(tx, id, { ...after, withdrawn: after.withdraw, by: actor.userId });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'career_nomination',
      entityId: id,
      before: { readiness: before.readiness, consent: before.consent, note: before.note },
      after: {
        readiness: after.readiness,
        consent: after.consent,
        note: after.note,
        withdrawn: after.withdraw,
      },
    });
  });
  return { id };
}
