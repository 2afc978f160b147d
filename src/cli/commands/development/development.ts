/** `tidtam development salary-budget|summary` (formats.md, "Workforce and development on the command line"). */
import { OPERATOR } from '../../../server/actor';
import type { Database } from '../../../server/db/database';
import { setDevelopmentSalaryBudget } from '../../../server/use-cases/development/salary-budget';
import { developmentSummary } from '../../../server/use-cases/development/summary';
import { UsageError } from '../../usage';

const USAGE_TEXT =
  'usage: tidtam development salary-budget --fiscal-year FY --amount BAHT | summary --fiscal-year FY --json';

export async function developmentCommand(
  db: Database | null,
  sub: string | undefined,
  options: { fiscalYear?: string | undefined; amount?: string | undefined; json: boolean },
) {
  if (sub !== 'salary-budget' && sub !== 'summary') throw new UsageError(USAGE_TEXT);
  if (!options.fiscalYear || !/^\d{4}$/.test(options.fiscalYear))
    throw new UsageError('--fiscal-year takes a Buddhist-Era year such as 2566');
  if (!db) throw new UsageError('stop the server first: development commands open the database directly');
  const fiscalYear = Number(options.fiscalYear);
  if (sub === 'salary-budget') {
    if (!options.amount) throw new UsageError(USAGE_TEXT);
    const amount = options.amount.replace(/,/g, '');
    await setDevelopmentSalaryBudget(db, OPERATOR, fiscalYear, amount);
    console.log(`salary budget of fiscal year ${fiscalYear}: ${amount} baht`);
    return;
  }
  const summary = await developmentSummary(db, fiscalYear);
  if (!options.json) throw new UsageError(USAGE_TEXT);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}
