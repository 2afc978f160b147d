/**
 * Which word of the audit vocabulary names a stored key: one lookup shared by the trail (labels.ts) and the
 * tests that check a demo database's audit rows (tests/api/audit-words-demo.test.ts). Pure, no React.
 */
import { AUDIT_WORDS } from './vocabulary';

const has = (key: string) => key in AUDIT_WORDS.th;

/** Some writers store camelCase keys (dueDate, returnKind): they share the snake_case column's word. */
export const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The vocabulary key for a field: its own, else its snake_case column's. */
export function fieldWordKey(field: string): string | undefined {
  return [`f.${field}`, `f.${snakeCase(field)}`].find(has);
}

/** The vocabulary key for a stored value: this entity's word, then the field's, then any field's. */
export function valueWordKey(entity: string | undefined, field: string, raw: string): string | undefined {
  const snake = snakeCase(field);
  return [
    `v.${entity}.${field}.${raw}`,
    `v.${entity}.${snake}.${raw}`,
    `v.${field}.${raw}`,
    `v.${snake}.${raw}`,
    `v.${raw}`,
  ].find(has);
}

/** Labels of people and files (accepted_by_label, …) are names, shown as typed. */
export const isFreeText = (field: string) => FREE_TEXT_FIELDS.has(field) || /_label$|Label$/.test(field);

/** A stored key (snake_case identifier, not free text): what the trail must never show as is. */
export const STORED_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** Fields whose values are people's or things' own names and codes, shown as typed. */
export const FREE_TEXT_FIELDS = new Set([
  'username',
  'email',
  'displayName',
  'display_name',
  'name',
  'code',
  'label',
  'actor_label',
  'address',
  'error',
  'subject',
  'file',
  'filename',
  'fileName',
  'sheet',
  'text',
  'title',
  'no',
  'place',
]);
