/**
 * Issue 14.13 (in part): every action the server can write to the audit trail has a Thai and an English
 * label. The actions are read from the AuditEntry type in src/server/repositories/audit.ts, so a new action
 * without a label fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../src/server/repositories/audit.ts', import.meta.url), 'utf8');
const unions = source
  .slice(source.indexOf('export type SignInAction'), source.indexOf('before?: unknown'))
  .replace(/\/\*\*[\s\S]*?\*\//g, '');
const actions = [...new Set([...unions.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!))];

describe('audit action labels', () => {
  it('finds the actions the server writes', () => {
    expect(actions).toEqual(expect.arrayContaining(['create', 'sign_in_failed', 'password_change', 'merge']));
    expect(actions.length).toBeGreaterThanOrEqual(19);
  });
  it('labels each in Thai and English', () => {
    // Read as text: the web app's files are not compiled with the server's settings (no JSX).
    const messages = readFileSync(new URL('../../src/web/shared/audit/messages.ts', import.meta.url), 'utf8');
    const split = messages.indexOf('  en: {');
    const keys = (text: string) => new Set([...text.matchAll(/'(action\.[a-z_]+)':/g)].map((m) => m[1]!));
    const th = keys(messages.slice(0, split));
    const en = keys(messages.slice(split));
    expect(actions.filter((a) => !th.has(`action.${a}`))).toEqual([]);
    expect(actions.filter((a) => !en.has(`action.${a}`))).toEqual([]);
  });
});
