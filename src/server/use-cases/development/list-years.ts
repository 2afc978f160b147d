/** The opened years and the HRD plans a year can classify against, with what the signed-in user may do. */
import type { YearsView } from '../../../shared/api/development';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden } from '../../errors';
import { isInstitute } from '../../policies/development/cycle-policy';
import { hrdPlanRows, listYearRows } from '../../repositories/development/years';
import { actorUnitCode, toYearView } from './cycle-common';

export async function listYears(db: Queryable, actor: Actor): Promise<YearsView> {
  if (actor.role === 'staff') throw forbidden();
  const code = await actorUnitCode(db, actor);
  const institute = isInstitute(actor, code);
  const agency = !institute && (actor.role === 'focal_point' || actor.role === 'approver');
  const [years, plans] = await Promise.all([listYearRows(db), hrdPlanRows(db)]);
  return {
    years: years.map(toYearView),
    hrdPlans: plans,
    institute,
    ownUnitCode: agency ? code : null,
  };
}
