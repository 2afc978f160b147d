/**
 * The retirements report of formats.md (`tidtam workforce retirements --json`, and the route that serves it
 * while the server holds the data directory), to the letter of the contract: a person is in service when
 * they have no exit date (neither an entry date nor an exit date in the future changes that, unlike the
 * dashboard's "in service on a date"); byPositionType by the type of the position they hold today, `none`
 * when they hold none; every key present, zeros included. BMA-wide, so for those who read every unit.
 */
import { POSITION_TYPE_CODES, STAFF_TYPE_CODES } from '../../../domain/workforce';
import type {
  RetirementReport,
  RetirementReportQuery,
  RetirementReportYear,
} from '../../../shared/api/workforce/retirement-report';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden } from '../../errors';
import { figuresScope } from '../../policies/workforce/workforce-policy';
import { retirementReportGroups } from '../../repositories/workforce/retirement-report';
import { bump, todayInBangkok, zeros } from './scope';

export async function getRetirementReport(
  db: Queryable,
  actor: Actor,
  q: RetirementReportQuery,
  today: string = todayInBangkok(),
): Promise<RetirementReport> {
  if (figuresScope(actor, null) !== null)
    throw forbidden({
      th: 'รายงานการเกษียณทั้งกรุงเทพมหานครสำหรับผู้ดูแลระบบและผู้บริหารเท่านั้น ดูของหน่วยงานท่านได้ที่แดชบอร์ด',
      en: "The BMA-wide retirements report is for the central office and the committee: see your unit's on the dashboard",
    });
  const from = q.fromFiscalYear;
  const to = from + q.years - 1;
  const groups = await retirementReportGroups(db, today, from, to);
  const years = Array.from({ length: q.years }, (_, i) => ({
    fiscalYear: from + i,
    total: 0,
    byStaffType: zeros(STAFF_TYPE_CODES),
    byPositionType: zeros([...POSITION_TYPE_CODES, 'none']),
  }));
  for (const g of groups) {
    const year = years[g.fiscal_year - from]!;
    year.total += g.n;
    bump(year.byStaffType, g.staff_type, g.n);
    bump(year.byPositionType, g.position_type ?? 'none', g.n);
  }
  return {
    fromFiscalYear: from,
    years: q.years,
    fiscalYears: years as RetirementReportYear[],
  };
}
