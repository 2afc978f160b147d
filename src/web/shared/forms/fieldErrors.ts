import type { FieldIssue } from '../../../shared/messages';
import type { Lang } from '../i18n/I18nProvider';
import { pickHalf } from '../i18n/useT';

/** Messages per field name ("" for the form as a whole), in the current language. */
export type FieldErrors = Record<string, string[]>;

function add(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

/** From a schema's issues (zod): messages are "ไทย | English"; the first path segment names the field. */
export function schemaFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  lang: Lang,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) add(errors, String(issue.path[0] ?? ''), pickHalf(issue.message, lang));
  return errors;
}

/** From the server's 400 issues ({field, th, en}). */
export function serverFieldErrors(issues: readonly FieldIssue[], lang: Lang): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) add(errors, issue.field.split('.')[0] ?? '', issue[lang] || issue.th);
  return errors;
}
