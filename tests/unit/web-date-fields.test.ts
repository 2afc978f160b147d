/**
 * Issue 14 item 6: every date field of the web app is a ThaiDateInput (พ.ศ. and Thai months in Thai, CE in
 * English), never the browser's own date input, which shows mm/dd/yyyy in Christian-era years.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = join(import.meta.dirname, '../../src/web');

/** `<input type="date">`, `type={'date'}`, `{ type: 'date' }`, a helper called with `'date'`, and their kin. */
const NATIVE_DATE =
  /type=\{?["'](date|datetime-local|month|week)["']\}?|type:\s*["']date["']|,\s*["']date["']\s*\)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('date fields in the web app', () => {
  it('the check recognises the forms a native date input took', () => {
    for (const code of [
      `<input type="date" value={v} />`,
      `{text('startDate', m('start'), 'date')}`,
      `{input('from', m('audit.from'), 'date')}`,
      `<input type={'date'} />`,
      `<input type="datetime-local" />`,
    ])
      expect(NATIVE_DATE.test(code), code).toBe(true);
    expect(NATIVE_DATE.test(`<ThaiDateInput value={v} testId="x-date" />`)).toBe(false);
  });

  it('no file of src/web uses a native date input', () => {
    const offenders = sources(WEB)
      .filter((path) => NATIVE_DATE.test(readFileSync(path, 'utf8')))
      .map((path) => relative(WEB, path));
    expect(offenders).toEqual([]);
  });
});
