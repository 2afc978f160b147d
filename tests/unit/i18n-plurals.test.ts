/**
 * English counts agree with their number ("1 project", "2 projects"; issue 14 item 13): fillMessage picks the
 * word, and no English message writes a count before a plural noun without giving both forms.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillMessage } from '../../src/web/shared/i18n/fill';

describe('fillMessage', () => {
  it('fills names and picks the word for the number, whatever its digits', () => {
    const m = '{n} {n:project|projects} in {unit}';
    expect(fillMessage(m, { n: 1, unit: 'PERS' })).toBe('1 project in PERS');
    expect(fillMessage(m, { n: 0, unit: 'PERS' })).toBe('0 projects in PERS');
    expect(fillMessage(m, { n: 2, unit: 'PERS' })).toBe('2 projects in PERS');
    expect(fillMessage(m, { n: '1,001', unit: 'x' })).toBe('1,001 projects in x');
    expect(fillMessage(m, { n: '๑', unit: 'x' })).toBe('๑ project in x');
    expect(fillMessage(m, { n: '1.5', unit: 'x' })).toBe('1.5 projects in x');
    expect(fillMessage(m)).toBe(m);
    expect(fillMessage('{count} {count:entry|entries}', { count: '1' })).toBe('1 entry');
  });
});

const WEB = join(import.meta.dirname, '../../src/web');

function messageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return messageFiles(path);
    return /^(messages|.*-messages|dictionary\.en)\.ts$/.test(name) ? [path] : [];
  });
}

/** Every English string of the web app's message modules: dictionary.en and each feature's `en` block. */
async function englishMessages(): Promise<Array<[string, string]>> {
  const found: Array<[string, string]> = [];
  for (const file of messageFiles(WEB)) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      const en = file.endsWith('dictionary.en.ts') ? value : (value as { en?: unknown } | null)?.en;
      if (!en || typeof en !== 'object') continue;
      for (const [key, text] of Object.entries(en as Record<string, unknown>)) {
        if (typeof text === 'string') found.push([`${relative(WEB, file)} ${exportName}.${key}`, text]);
      }
    }
  }
  return found;
}

describe('English messages', () => {
  it('give both forms wherever a count stands before a plural noun', async () => {
    const messages = await englishMessages();
    expect(messages.length).toBeGreaterThan(500);
    const bare = messages.filter(([, text]) =>
      [...text.matchAll(/\{(\w+)\} ([a-z]+s)\b/g)].some(
        ([, , word]) => !['is', 'was', 'has'].includes(word!),
      ),
    );
    expect(bare.map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });
});
