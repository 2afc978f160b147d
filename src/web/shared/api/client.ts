import type { ApiErrorBody, Bilingual, FieldIssue } from '../../../shared/messages';

/** An error answer of the API (or a network failure), with its bilingual message and field issues. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly bilingual: Bilingual;
  readonly issues: FieldIssue[];
  /** The raw JSON body, when there was one (an import's 400 may carry an ImportResult). */
  readonly body: unknown;

  constructor(status: number, code: string, message: Bilingual, issues: FieldIssue[] = [], body?: unknown) {
    super(message.en);
    this.status = status;
    this.code = code;
    this.bilingual = message;
    this.issues = issues;
    this.body = body;
  }
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** A JSON body, or FormData for uploads. */
  body?: unknown;
  signal?: AbortSignal;
  /** The login form handles its own 401 instead of being sent to /login. */
  noAuthRedirect?: boolean;
  /** Extra request headers, e.g. Idempotency-Key on a form post. */
  headers?: Record<string, string>;
}

let onUnauthorized: () => void = () => {};

let onPasswordChange: () => void = () => {};

/** The session registers what to do when the server says "choose your own password first" (403). */
export function setPasswordChangeHandler(handler: () => void): void {
  onPasswordChange = handler;
}

/** The session registers what to do when the server says "not signed in". */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const NETWORK_ERROR: Bilingual = {
  th: 'ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาลองใหม่',
  en: 'could not reach the server, please try again',
};

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'error' in body;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  if (method !== 'GET') headers['x-tidtam-csrf'] = '1';
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'unavailable', NETWORK_ERROR);
  }
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (response.ok) return json as T;
  throw errorAnswer(response.status, json, options.noAuthRedirect);
}

/** The ApiError of a refused answer (its status and parsed JSON body), after the session's own handlers ran. */
export function errorAnswer(status: number, json: unknown, noAuthRedirect = false): ApiError {
  if (status === 401 && !noAuthRedirect) onUnauthorized();
  if (isErrorBody(json)) {
    const { code, message, issues } = json.error;
    if (code === 'password_change_required') onPasswordChange();
    return new ApiError(status, code, message, issues ?? [], json);
  }
  if (status === 0) return new ApiError(0, 'unavailable', NETWORK_ERROR);
  const fallback = { th: `เกิดข้อผิดพลาด (${status})`, en: `request failed (${status})` };
  return new ApiError(status, 'internal', fallback, [], json);
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) =>
    apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: RequestOptions['query']) =>
    apiRequest<T>(path, { method: 'POST', body, query }),
};
