/**
 * The OpenAPI document as a generated client needs it (issue 15 item 12): every operation named and tagged,
 * the session and CSRF schemes where they apply, a success answer (the two single sign-on redirects apart),
 * error answers by reference, every reference resolvable, and the uploads' request bodies. The Redocly lint
 * (npm run openapi:lint) checks the same document against the OpenAPI rules; this test checks our own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../scripts/openapi-document';

type Json = Record<string, unknown>;
interface Operation {
  summary?: string;
  tags?: string[];
  operationId?: string;
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, Json>;
}

let doc: Json;
let operations: [string, Operation][];

beforeAll(async () => {
  doc = (await openApiDocument()) as Json;
  operations = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(
    ([path, item]) => Object.entries(item).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op]),
  ) as [string, Operation][];
}, 60_000);

const refsIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(refsIn)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refsIn(v)))
      : [];

describe('the OpenAPI document', () => {
  it('lists every API route, each with a summary, a tag and a unique operationId', () => {
    expect(operations.length).toBeGreaterThanOrEqual(100);
    expect(operations.filter(([, op]) => !op.summary?.trim()).map(([k]) => k)).toEqual([]);
    expect(operations.filter(([, op]) => !op.tags?.length).map(([k]) => k)).toEqual([]);
    const ids = operations.map(([, op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks for the session (or the operator token) everywhere but the public routes, and CSRF on changes', () => {
    const unsecured = operations.filter(([, op]) => (op.security ?? []).length === 0).map(([k]) => k);
    // What the sign-in page needs before anyone is signed in (the changes among them still need CSRF).
    expect(unsecured.sort()).toEqual([
      'GET /api/auth/config',
      'GET /api/auth/oidc/callback',
      'GET /api/auth/oidc/login',
    ]);
    const changesWithoutCsrf = operations
      .filter(([k]) => !k.startsWith('GET '))
      // Each way in: a session (or nobody, on a public route) with the CSRF header, or the operator's bearer
      // token (never sent by a browser: no CSRF needed; backup and restore take only that token).
      .filter(([, op]) => (op.security ?? []).some((r) => !('csrf' in r) && !('operatorToken' in r)))
      .map(([k]) => k);
    expect(changesWithoutCsrf).toEqual([]);
    const operatorOnly = operations.filter(
      ([, op]) => (op.security ?? []).length > 0 && op.security!.every((r) => 'operatorToken' in r),
    );
    expect(operatorOnly.map(([k]) => k)).toEqual(['GET /api/admin/backup', 'POST /api/admin/restore']);
  });

  it('gives every operation a success answer, except the two single sign-on redirects (303)', () => {
    const without2xx = operations
      .filter(([, op]) => !Object.keys(op.responses).some((s) => s.startsWith('2')))
      .map(([k, op]) => [k, Object.keys(op.responses).filter((s) => s.startsWith('3'))]);
    expect(without2xx).toEqual([
      ['GET /api/auth/oidc/login', ['303']],
      ['GET /api/auth/oidc/callback', ['303']],
    ]);
  });

  it('documents 401 on every signed-in route, by reference to the one error body', () => {
    const missing = operations
      .filter(([, op]) => (op.security ?? []).some((r) => 'session' in r))
      .filter(
        ([, op]) => (op.responses['401'] as Json | undefined)?.$ref !== '#/components/responses/Unauthorized',
      )
      .map(([k]) => k);
    expect(missing).toEqual([]);
  });

  it('resolves every reference (the recursive career criteria included)', () => {
    const components = doc.components as Record<string, Record<string, unknown>>;
    const dangling = [...new Set(refsIn(doc))].filter((ref) => {
      const [, , kind, name] = ref.split('/');
      return !components[kind!]?.[decodeURIComponent(name!)];
    });
    expect(dangling).toEqual([]);
    expect(Object.keys(components.schemas!)).toEqual(expect.arrayContaining(['ApiError', 'Criterion']));
  });

  it('describes the uploads as a multipart file, so a generated client can send one', () => {
    const uploads = operations.filter(([k]) => /^POST \/api\/([a-z]+\/)?imports\//.test(k));
    expect(uploads.length).toBeGreaterThanOrEqual(3);
    for (const [k, op] of uploads)
      expect(Object.keys(op.requestBody?.content ?? {}), k).toContain('multipart/form-data');
  });
});
