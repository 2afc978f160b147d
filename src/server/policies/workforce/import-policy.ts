/**
 * Who may import workforce files: the central office (admin) only. Not an agency's focal point, even for
 * its own people: a person has no unit of their own (the unit follows from their history), person_no and
 * position_no are BMA-wide, and a history file moves people between units — scoping a file to one unit
 * would need every row's old and new unit checked, which no one has asked for yet. Default-deny.
 */
import type { Actor } from '../../actor';
import { forbidden } from '../../errors';

export function canImportWorkforce(actor: Actor): boolean {
  return actor.role === 'admin';
}

export function assertCanImportWorkforce(actor: Actor): void {
  if (!canImportWorkforce(actor))
    throw forbidden({
      th: 'นำเข้าข้อมูลกำลังคนได้เฉพาะผู้ดูแลระบบ (สำนักงาน ก.ก.)',
      en: 'Only the central office (admin) imports workforce files',
    });
}
