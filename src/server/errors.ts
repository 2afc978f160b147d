/** One typed error for everything a user can get wrong or may not do; the HTTP layer maps code → status. */
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

export const invalidInput = (issues: FieldIssue[], message?: Bilingual) =>
  new AppError('invalid_input', message ?? { th: 'ข้อมูลไม่ถูกต้อง', en: 'The input is not valid' }, issues);

export const notFound = (what: Bilingual) =>
  new AppError('not_found', { th: `ไม่พบ${what.th}`, en: `${what.en} not found` });

export const forbidden = (
  why: Bilingual = { th: 'ท่านไม่มีสิทธิ์ทำรายการนี้', en: 'You are not allowed to do this' },
) => new AppError('forbidden', why);

export const conflict = (why: Bilingual) => new AppError('conflict', why);
