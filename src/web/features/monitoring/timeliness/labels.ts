import { ENGLISH_MONTHS_SHORT, parsePeriod, THAI_MONTHS_SHORT, BE_OFFSET } from '../../../../domain';
import type { CurrentUser } from '../../../../shared/api/auth';
import type { Formatter } from '../../../shared/format/format';

/** "2566-03" → "มี.ค. 2566" (Thai: month and พ.ศ. year) / "Mar 2023". */
export function shortPeriod(fmt: Formatter, period: string): string {
  const p = parsePeriod(period);
  if (!p) return fmt.digits(period);
  return fmt.lang === 'th'
    ? fmt.digits(`${THAI_MONTHS_SHORT[p.month - 1]} ${p.yearBE}`)
    : fmt.digits(`${ENGLISH_MONTHS_SHORT[p.month - 1]} ${p.yearBE - BE_OFFSET}`);
}

/**
 * Whether the missing list of a unit (null: of every agency) is worth a click for this user. The server
 * decides what it returns (focal points and approvers get their own unit's rows only); the page offers
 * only the lists that would not come back empty for lack of rights.
 */
export function canListMissing(user: CurrentUser | null | undefined, unitId: number | null): boolean {
  if (!user) return false;
  if (user.role === 'admin' || user.role === 'viewer') return true;
  return unitId !== null && user.unit?.id === unitId;
}

/** A percentage as the committee papers print it: up to 2 decimals. */
export const percentText = (fmt: Formatter, value: number) => fmt.number(value, 2);
