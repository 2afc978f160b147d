/** Row errors of one streamed import (workforce, development): the first LIMITS.issuesListed kept (sorted by row when read), the rest only counted. */
import type { FieldIssue } from '../../shared/messages';
import { LIMITS } from '../../shared/limits';

/** A row error as the import routes answer it (the workforce and development results' `issues`). */
export interface ListedIssue {
  /** The row as Excel shows it (1 = the header); absent for the file as a whole. */
  row?: number;
  column: string;
  th: string;
  en: string;
}

const LISTED = LIMITS.issuesListed;

export class IssueList {
  private readonly kept: FieldIssue[] = [];
  private total = 0;

  add(issues: readonly FieldIssue[]): void {
    for (const issue of issues) {
      this.total++;
      if (this.kept.length < LISTED) this.kept.push(issue);
    }
  }

  /** Issues counted elsewhere (a SQL check that listed only its first rows). */
  addUnlisted(count: number): void {
    this.total += count;
  }

  get count(): number {
    return this.total;
  }

  /** Room left in the list: a SQL check asks for no more rows than this. */
  get room(): number {
    return LISTED - this.kept.length;
  }

  listed(): ListedIssue[] {
    return [...this.kept]
      .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
      .map((i) => ({ ...(i.row === undefined ? {} : { row: i.row }), column: i.field, th: i.th, en: i.en }));
  }

  /** As the typed error's issues (the command line prints these). */
  fieldIssues(): FieldIssue[] {
    return this.listed().map((i) => ({
      ...(i.row === undefined ? {} : { row: i.row }),
      field: i.column,
      th: i.th,
      en: i.en,
    }));
  }
}
