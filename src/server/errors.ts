/** One typed error for everything a user can get wrong or may not do; the HTTP layer maps code → status. */
import { LIMITS } from '../shared/limits';
import type { ApiErrorBody, Bilingual, FieldIssue } from '../shared/messages';

export type AppErrorCode = ApiErrorBody['error']['code'];

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly bilingual: Bilingual,
    readonly issues?: FieldIssue[],
  ) {
    super(bilingual.en);
  }

  toBody(): ApiErrorBody {
    return {
      error: { code: this.code, message: this.bilingual, ...(this.issues ? { issues: this.issues } : {}) },
    };
  }
}

/**
 * A refusal listing at most `LIMITS.issuesListed` issues; the rest (those beyond the list and `notListed`
 * counted elsewhere) are summed up in one last issue, "… and 1,234 more".
 */
export function invalidInput(issues: FieldIssue[], message?: Bilingual, notListed = 0): AppError {
  const more = Math.max(0, issues.length - LIMITS.issuesListed) + notListed;
  const listed = issues.slice(0, LIMITS.issuesListed);
  if (more > 0) {
    const n = more.toLocaleString('en-US');
    const cap = LIMITS.issuesListed.toLocaleString('en-US');
    listed.push({
      field: 'file',
      en: `… and ${n} more issues (only the first ${cap} are listed)`,
      th: `… และอีก ${n} รายการ (แสดงเพียง ${cap} รายการแรก)`,
    });
  }
  return new AppError(
    'invalid_input',
    message ?? { th: 'ข้อมูลไม่ถูกต้อง', en: 'The input is not valid' },
    listed,
  );
}

export const notFound = (what: Bilingual) =>
  new AppError('not_found', { th: `ไม่พบ${what.th}`, en: `${what.en} not found` });

export const forbidden = (
  why: Bilingual = { th: 'ท่านไม่มีสิทธิ์ทำรายการนี้', en: 'You are not allowed to do this' },
) => new AppError('forbidden', why);

export const conflict = (why: Bilingual) => new AppError('conflict', why);
