/** Movements per fiscal year: entries, exits by reason, level promotions, transfers between units. */
import { EXIT_REASON_CODES, fiscalYearBounds, fiscalYearOf } from '../../../domain/workforce';
import type { MovementsQuery, MovementsResponse } from '../../../shared/api/workforce/dashboard';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { invalidInput } from '../../errors';
import { movementCounts } from '../../repositories/workforce/dashboard';
import { keptFigure } from './figures-cache';
import { bump, resolveScope, todayInBangkok, zeros } from './scope';

export async function getMovements(
  db: Queryable,
  actor: Actor,
  q: MovementsQuery,
): Promise<MovementsResponse> {
  const scope = await resolveScope(db, actor, q.unit);
  const to = q.toFiscalYear ?? fiscalYearOf(todayInBangkok());
  const from = q.fromFiscalYear ?? to - 4;
  if (from > to || to - from > 20)
    throw invalidInput([
      {
        field: 'fromFiscalYear',
        th: 'ปีเริ่มต้องไม่เกินปีสิ้นสุด และห่างกันไม่เกิน 20 ปี',
        en: 'the first year must not be after the last, at most 20 years apart',
      },
    ]);
  const years = Array.from({ length: to - from + 1 }, (_, i) => ({
    fiscalYear: from + i,
    entries: 0,
    exits: 0,
    exitsByReason: zeros(EXIT_REASON_CODES),
    promotions: 0,
    transfers: 0,
  }));
  const [first, last] = [fiscalYearBounds(from).from, fiscalYearBounds(to).to];
  const rows = await keptFigure(db, ['movements', first, scope.unitId, last], () =>
    movementCounts(db, first, scope.unitId, last),
  );
  for (const r of rows) {
    const y = years[r.fiscal_year - from];
    if (!y) continue;
    if (r.kind === 'entry') y.entries += r.n;
    else if (r.kind === 'promotion') y.promotions += r.n;
    else if (r.kind === 'transfer') y.transfers += r.n;
    else {
      y.exits += r.n;
      bump(y.exitsByReason, r.reason ?? 'other', r.n);
    }
  }
  return { fromFiscalYear: from, toFiscalYear: to, unit: scope.unitCode, fiscalYears: years };
}
