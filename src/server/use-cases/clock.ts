/** "Now" in Bangkok, as a period key: the machine runs in UTC, the users in UTC+7. */
import { periodKey } from '../../domain';

export function currentPeriodKey(now: Date = new Date()): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bangkok',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return periodKey({ yearBE: year + 543, month });
}

/** Today's date in Bangkok (YYYY-MM-DD): the calendar due dates are judged by. */
export function bangkokToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(now);
}
