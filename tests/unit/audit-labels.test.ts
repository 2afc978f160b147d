/**
 * Issue 14.13: the audit trail shows words, not stored keys. Every action the server can write, every record
 * type (entity) it writes, every field key it puts in before/after and every value of an enumerated column of
 * an audited table has a Thai and an English word. Read from the server's source and the migrations, so a new
 * action, entity, field or value without a word fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { AUDIT_ENTITIES } from '../../src/shared/api/audit';
import { AUDIT_WORDS } from '../../src/web/shared/audit/vocabulary';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const source = read('src/server/repositories/audit.ts');
const unions = source
  .slice(source.indexOf('export type SignInAction'), source.indexOf('before?: unknown'))
  .replace(/\/\*\*[\s\S]*?\*\//g, '');
const actions = [...new Set([...unions.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!))];

/** The server's files that write audit rows (directly or through updateRecord / writePlanDraft). */
const writers = execFileSync('grep', ['-rlE', 'recordAudit|updateRecord|writePlanDraft', 'src/server'], {
  cwd: root,
  encoding: 'utf8',
})
  .trim()
  .split('\n')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('repositories/audit.ts'))
  .map((f) => read(f));

/** Top-level keys of the object literals after before:/after:/fields:/match: (shorthand or `key:`). */
function literalKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(/\b(?:before|after|fields|match):\s*\{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    let top = '';
    for (; depth > 0 && i < text.length; i++) {
      const c = text[i]!;
      if ('{(['.includes(c)) depth++;
      if ('})]'.includes(c)) depth--;
      if (depth === 1 && !'{(['.includes(c)) top += c;
      else if (depth === 2 && '{(['.includes(c)) top += ' ';
    }
    // `key:` or shorthand `key,` at the top level; spreads (`...row`) are the tables' columns, checked below.
    for (const k of top.matchAll(/(?:^|[,{]|\n)\s*([A-Za-z_]\w*)\s*(?=[:,]|\s*$)/g)) keys.push(k[1]!);
  }
  return keys;
}

const entities = new Set(
  writers.flatMap((t) => [...t.matchAll(/\b(?:entity|table):\s*'([a-z_]+)'/g)].map((m) => m[1]!)),
);

/** Columns and enumerated values (check (col in (...))) of each audited table, from the migrations. */
const columns = new Map<string, Set<string>>();
const enums: { table: string; column: string; value: string }[] = [];
const migrations = 'src/server/db/migrations/';
for (const file of readdirSync(new URL(migrations, root)).sort()) {
  for (const statement of read(migrations + file).split(/;\s*\n/)) {
    const table = statement.match(/(?:create|alter) table (?:if not exists )?(\w+)/)?.[1];
    if (!table || !entities.has(table)) continue;
    const cols = columns.get(table) ?? new Set<string>();
    columns.set(table, cols);
    const body = statement.startsWith('create') || /create table/.test(statement);
    for (const line of statement.split('\n')) {
      const col = (
        body ? line.match(/^\s{2}([a-z_]+) [a-z]/) : line.match(/add column (?:if not exists )?([a-z_]+)/)
      )?.[1];
      if (col && !['primary', 'unique', 'check', 'foreign', 'constraint', 'exclude'].includes(col))
        cols.add(col);
    }
    for (const m of statement.matchAll(/check \((\w+) in \(([^)]*)\)/g)) {
      for (const v of m[2]!.matchAll(/'([a-z_]+)'/g)) enums.push({ table, column: m[1]!, value: v[1]! });
    }
  }
}

/** Kept out of the trail (withoutSecrets) or shown through the app's own words (roles, project statuses). */
const NOT_SHOWN = new Set(['password_hash', 'token_hash']);
const OWN_WORDS = (e: { table: string; column: string }) =>
  e.column === 'role' || (['project', 'monthly_report'].includes(e.table) && e.column === 'status');
/** Identifiers the key scan picks up as shorthand values, not keys. */
const NOT_KEYS = new Set(['null', 'true', 'false', 'undefined', 'newComment']);

const hasWord = (key: string) => key in AUDIT_WORDS.th && key in AUDIT_WORDS.en;

describe('audit labels', () => {
  it('finds what the server writes', () => {
    expect(actions).toEqual(expect.arrayContaining(['create', 'sign_in_failed', 'password_change', 'merge']));
    expect(actions.length).toBeGreaterThanOrEqual(19);
    expect([...entities]).toEqual(expect.arrayContaining(['summary_snapshot', 'monthly_report', 'problem']));
    expect(entities.size).toBeGreaterThanOrEqual(26);
    expect(columns.get('monthly_report')).toContain('kpi_actual');
    expect(enums).toContainEqual({ table: 'problem', column: 'severity', value: 'high' });
  });

  it('labels each action in Thai and English', () => {
    // Read as text: messages.ts imports the React hooks.
    const messages = read('src/web/shared/audit/messages.ts');
    const split = messages.indexOf('  en: {');
    const keys = (text: string) => new Set([...text.matchAll(/'(action\.[a-z_]+)':/g)].map((m) => m[1]!));
    const th = keys(messages.slice(0, split));
    const en = keys(messages.slice(split));
    expect(actions.filter((a) => !th.has(`action.${a}`))).toEqual([]);
    expect(actions.filter((a) => !en.has(`action.${a}`))).toEqual([]);
  });

  it('names every record type and offers it in the audit search', () => {
    expect([...entities].filter((e) => !hasWord(`entity.${e}`))).toEqual([]);
    expect(AUDIT_ENTITIES.filter((e) => !hasWord(`entity.${e}`))).toEqual([]);
    expect([...entities].filter((e) => !(AUDIT_ENTITIES as readonly string[]).includes(e))).toEqual([]);
  });

  it('names every field the server writes and every column of an audited table', () => {
    const keys = new Set(writers.flatMap(literalKeys).filter((k) => !NOT_KEYS.has(k)));
    expect(keys).toContain('sessions_ended');
    expect([...keys].filter((k) => !hasWord(`f.${k}`))).toEqual([]);
    const missing = [...columns].flatMap(([table, cols]) =>
      [...cols].filter((c) => !NOT_SHOWN.has(c) && !hasWord(`f.${c}`)).map((c) => `${table}.${c}`),
    );
    expect(missing).toEqual([]);
  });

  it('words every enumerated value and every literal reason and method', () => {
    const missing = enums
      .filter((e) => !OWN_WORDS(e))
      .filter((e) => ![`v.${e.table}.${e.column}.${e.value}`, `v.${e.column}.${e.value}`].some(hasWord))
      .map((e) => `${e.table}.${e.column}=${e.value}`);
    expect([...new Set(missing)]).toEqual([]);
    const literals = writers.flatMap((t) =>
      [...t.matchAll(/\b(reason|method|review_action): '([a-z_]+)'/g)].map((m) => [m[1]!, m[2]!] as const),
    );
    expect(literals.length).toBeGreaterThanOrEqual(3);
    expect(literals.filter(([f, v]) => !hasWord(`v.${f}.${v}`) && !hasWord(`v.${v}`))).toEqual([]);
  });

  it('has the same words in both languages', () => {
    expect(Object.keys(AUDIT_WORDS.en).sort()).toEqual(Object.keys(AUDIT_WORDS.th).sort());
    expect(Object.entries(AUDIT_WORDS.th).filter(([, w]) => w.trim() === '')).toEqual([]);
  });
});
