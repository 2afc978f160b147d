import { addMonths, formatPeriod, parsePeriod } from '../../../../domain';
import type { ProjectDetail } from '../../../../shared/api/monitoring/plans';

export type AcceptedValues = ProjectDetail['acceptedValues'][number];

/** The month before `period` ("2566-06" → "2566-05"); null when `period` is not a month. */
export function monthBefore(period: string): string | null {
  const p = parsePeriod(period);
  return p ? formatPeriod(addMonths(p, -1)) : null;
}

/** Last month's accepted values for the month being reported (issue 14, item 7), from the project's data. */
export function lastMonthAccepted(project: ProjectDetail, period: string): AcceptedValues | null {
  const before = monthBefore(period);
  return project.acceptedValues.find((a) => a.period === before) ?? null;
}
