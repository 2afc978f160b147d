/** The app's date input (src/web/shared/dates/ThaiDateInput.tsx) as a person fills it: day, month, พ.ศ. year. */
import type { Page } from 'playwright-core';

/** Types ISO date `iso` into the date field `testId` as a Thai user would: the year in พ.ศ. */
export async function fillBeDate(page: Page, testId: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  await page.getByTestId(`${testId}-day`).selectOption(String(day));
  await page.getByTestId(`${testId}-month`).selectOption(String(month));
  await page.getByTestId(`${testId}-year`).fill(String(year + 543));
}

/** The ISO date the field `testId` holds ('' when none). */
export async function dateValue(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).getAttribute('data-value')) ?? '';
}
