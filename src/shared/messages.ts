/** Bilingual messages: every error a user sees is given in Thai and English. */
export interface Bilingual {
  th: string;
  en: string;
}

export interface FieldIssue extends Bilingual {
  /** Field path ("percent", "targets.0.name") or, for imports, the column key. */
  field: string;
  /** Spreadsheet row number as Excel shows it (imports only). */
  row?: number;
}

export interface ApiErrorBody {
  error: {
    code:
      | 'invalid_input'
      | 'unauthorized'
      | 'forbidden'
      | 'password_change_required'
      | 'not_found'
      | 'conflict'
      | 'too_large'
      | 'rate_limited'
      | 'unavailable'
      | 'internal';
    message: Bilingual;
    issues?: FieldIssue[];
  };
}

/** `row 3, column period: not a month like 2566-05 (ไม่ใช่เดือน เช่น 2566-05)` — the import error line of formats.md. */
export function formatImportIssue(issue: FieldIssue): string {
  const where = issue.row === undefined ? `column ${issue.field}` : `row ${issue.row}, column ${issue.field}`;
  return `${where}: ${issue.en} (${issue.th})`;
}
