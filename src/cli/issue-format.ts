/**
 * How the command line prints a field issue: an import row's cell as `row N, column KEY` (formats.md), and
 * an issue with a command-line option (the schemas name them in camelCase: asOf, fiscalYear) as the option
 * the user typed, `option --as-of` (ตัวเลือก --as-of), never "column asOf". Import column keys are snake_case and stay columns.
 */
import { formatImportIssue, type FieldIssue } from '../shared/messages';

const OPTION_FIELD = /^[a-z]+(?:[A-Z][a-z0-9]*)+$/;

export function formatCliIssue(issue: FieldIssue): string {
  if (issue.row === undefined && OPTION_FIELD.test(issue.field)) {
    const option = issue.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return `option --${option}: ${issue.en} (ตัวเลือก --${option}: ${issue.th})`;
  }
  return formatImportIssue(issue);
}
