import { formatPeriod, parsePeriod, periodOfIsoDate } from '../../../domain';
import { bangkokDateTime } from './format';

/** This month in Bangkok, as a period string ("2566-05"). */
export function currentPeriod(now: Date = new Date()): string {
  return formatPeriod(periodOfIsoDate(bangkokDateTime(now).date));
}

export function isPeriod(text: string | null | undefined): text is string {
  return typeof text === 'string' && parsePeriod(text) !== null;
}
