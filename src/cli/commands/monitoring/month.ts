/**
 * `tidtam month open YYYY-MM [--deadline YYYY-MM-DD|DD/MM/YYYY] [--lock-days N|never]`: the centre opens a reporting
 * month (openReportingMonth, docs/decisions/0006). Without --deadline: the 5th of the next month;
 * without --lock-days: the lock_after_days setting; `never`: the month never locks by itself.
 * The input is checked with the same schema as the web form before it goes to either backend.
 */
import { OpenMonthRequest } from '../../../shared/api/monitoring/months';
import { invalidInput } from '../../../server/errors';
import type { Backend } from '../../backend';
import { UsageError } from '../../usage';
import { parseDate } from '../../../domain';
import { bangkokDate } from '../../../domain/monitoring';
import { monthOpenedLines } from './month-opened';

const USAGE_LINE =
  'usage: tidtam month open YYYY-MM [--deadline YYYY-MM-DD | DD/MM/YYYY (พ.ศ.)] [--lock-days N|never]';

export async function monthCommand(
  backend: Backend,
  sub: string | undefined,
  period: string | undefined,
  options: { deadline?: string | undefined; lockDays?: string | undefined; extra: string[] },
) {
  if (sub !== 'open' || !period || options.extra.length > 0) throw new UsageError(USAGE_LINE);
  let lockAfterDays: number | null | undefined;
  if (options.lockDays === undefined) lockAfterDays = undefined;
  else if (options.lockDays === 'never') lockAfterDays = null;
  else if (/^\d+$/.test(options.lockDays)) lockAfterDays = Number(options.lockDays);
  else throw new UsageError('--lock-days takes a number of days (0–365) or "never"');

  // Like the files, a date may be Thai (31/07/2566, พ.ศ.) as well as ISO; anything else goes to the schema as typed.
  const deadline =
    options.deadline === undefined ? undefined : (parseDate(options.deadline) ?? options.deadline);
  const parsed = OpenMonthRequest.safeParse({ period, deadline, lockAfterDays });
  if (!parsed.success) {
    throw invalidInput(
      parsed.error.issues.map((i) => {
        const [th, en] = i.message.split(' | ');
        return { field: i.path.join('.'), th: th ?? i.message, en: en ?? i.message };
      }),
    );
  }
  const month = await backend.openMonth(parsed.data);
  for (const line of monthOpenedLines(month, bangkokDate(new Date()))) console.log(line);
}
