/**
 * Who may do what with course cohorts (docs/security.md, "Course cohorts"):
 * - the office that runs the courses edits (creates cohorts, records and imports scores, publishes): the
 *   central office (admin) and the development institute (สพข., the unit coded BHRDI: its focal points and
 *   approvers), and they see every member with names;
 * - the committee (viewer) and other agencies' focal points and approvers read the figures: every cohort,
 *   the scores, totals and ranks, never a name or a personnel number;
 * - a staff user sees only the cohorts they are a member of, and there only their own scores and rank;
 * - anything else is denied.
 */
import type { Actor } from '../../actor';
import { forbidden } from '../../errors';

/** The development institute (สพข.): the unit the development module also calls the institute. */
export const INSTITUTE_CODE = 'BHRDI';

export type CohortAccess = 'office' | 'figures' | 'self';

/** `unitCode`: the code of the actor's unit (null when none). */
export function cohortAccess(actor: Actor, unitCode: string | null): CohortAccess {
  switch (actor.role) {
    case 'admin':
      return 'office';
    case 'focal_point':
    case 'approver':
      return unitCode === INSTITUTE_CODE ? 'office' : 'figures';
    case 'viewer':
      return 'figures';
    case 'staff':
      return 'self';
    default:
      throw forbidden();
  }
}

export function requireCohortEditor(access: CohortAccess): void {
  if (access !== 'office')
    throw forbidden({
      th: 'เฉพาะสำนักงาน ก.ก. และสถาบันพัฒนาทรัพยากรบุคคลที่บันทึกคะแนนและประกาศผลรุ่นได้',
      en: 'Only the central office and the development institute record scores and publish a cohort',
    });
}
