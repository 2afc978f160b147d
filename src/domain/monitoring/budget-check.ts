/**
 * Spending above a project's budget (issue 14, item 7). `spent` in a monthly report is the baht disbursed
 * so far (cumulative: formats.md), so a report is over budget when spent > the project's budget. It is a
 * warning, not a refusal (docs/decisions/0020): a government form warns and the reviewer decides; the web
 * form and the server both call this one function, so they cannot disagree. Pure: no I/O.
 */
import { alignDecimals, formatScaled, parseExactDecimal } from './key-results';

export interface BudgetCheck {
  over: boolean;
  /** spent − budget when over (a decimal string), else null. */
  excess: string | null;
}

const NOT_OVER: BudgetCheck = { over: false, excess: null };

/** Null or unreadable figures are never "over": nothing to compare. */
export function checkSpentAgainstBudget(spent: string | null, budget: string | null): BudgetCheck {
  if (spent === null || budget === null) return NOT_OVER;
  const s = parseExactDecimal(spent.trim());
  const b = parseExactDecimal(budget.trim());
  if (!s || !b) return NOT_OVER;
  const {
    units: [x = 0n, y = 0n],
    scale,
  } = alignDecimals([s, b]);
  if (x <= y) return NOT_OVER;
  return { over: true, excess: formatScaled(x - y, scale) };
}
