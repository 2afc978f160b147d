/**
 * Who decides a person's own entry of outside learning (default-deny): the central office (admin) any; a
 * focal point or approver of the unit the person was in on the entry's first day (the record's unit); never
 * their own entry; nobody else (the committee and staff: 403). The queue shows what the actor may decide.
 */
import type { Actor } from '../../actor';
import { forbidden } from '../../errors';

const REFUSED = {
  th: 'อนุมัติรายการพัฒนาตนเองได้เฉพาะผู้ประสานงานและผู้อนุมัติของหน่วยงานของบุคคลนั้น',
  en: "Only a focal point or approver of the person's unit decides their own development entries",
};

/** The unit whose pending entries the actor decides: null = every unit. */
export function entryQueueScope(actor: Actor): number | null {
  if (actor.role === 'admin') return null;
  if ((actor.role === 'focal_point' || actor.role === 'approver') && actor.unitId !== null)
    return actor.unitId;
  throw forbidden(REFUSED);
}

export function requireEntryDecider(actor: Actor, entry: { unitId: number | null; personId: number }) {
  const scope = entryQueueScope(actor);
  if (scope !== null && scope !== entry.unitId) throw forbidden(REFUSED);
  if (actor.personId !== null && actor.personId !== undefined && actor.personId === entry.personId)
    throw forbidden({
      th: 'ไม่สามารถอนุมัติรายการพัฒนาของตนเองได้',
      en: 'Nobody decides their own development entry',
    });
}
