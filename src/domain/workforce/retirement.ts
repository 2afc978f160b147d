/**
 * The retirement rule (domain.md): under Thai age law one reaches age N on the day *before* the Nth
 * anniversary of birth, and a civil servant leaves service at the end of the fiscal year in which they
 * reach 60. So a person born on or before 1 October of CE year Y reaches 60 on or before 30 September
 * Y+60 — inside fiscal year Y+60 — and retires at its end; one born on 2 October or later reaches 60 on
 * 1 October Y+60 or later, in fiscal year Y+61. Fiscal years here are Buddhist-Era, as everywhere in tidtam.
 *
 * The database derives the same number (person.retirement_fiscal_year, migration 0010) so that counts over
 * 100,000 people stay one GROUP BY; tests/api/workforce-retirement-sql.test.ts holds the two equal.
 */
import { BE_OFFSET } from '../period';

export const RETIREMENT_AGE = 60;

/** The Buddhist-Era fiscal year at whose end a person born on `birthDate` (ISO, CE) retires. */
export function retirementFiscalYear(birthDate: string): number {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const bornAfterFirstOctober = month * 100 + day > 1001;
  return year + RETIREMENT_AGE + (bornAfterFirstOctober ? 1 : 0) + BE_OFFSET;
}

/** The last day of service: 30 September of the retirement fiscal year (ISO, CE). */
export function retirementDate(birthDate: string): string {
  return `${retirementFiscalYear(birthDate) - BE_OFFSET}-09-30`;
}
