/**
 * Security headers on every response: the API's JSON, errors (401, 404, 413, 500), the built web app and
 * the API docs. Registered first, as an onRequest hook, so that a request refused by a later hook (no
 * session, no CSRF header) still carries them; the onSend hook adds them again for responses that never
 * passed through onRequest (a body Fastify could not parse, say) and marks /api answers as not cacheable.
 *
 * The policy (docs/security.md, 4.4):
 * - scripts only from this origin, never inline (`script-src 'self'`, no 'unsafe-inline', no 'unsafe-eval');
 * - style sheets only from this origin (`style-src 'self'`, so no injected <style> element applies), but
 *   inline style *attributes* are allowed (`style-src-attr 'unsafe-inline'`): echarts writes its
 *   tooltip as HTML with style attributes. Styles set from script through the CSSOM (React's `style`
 *   prop, echarts' SVG) are never subject to CSP;
 * - images and fonts from this origin or data: URIs (Vite inlines small assets; the favicon is a data: SVG);
 * - fetch/XHR to this origin only; no plugins, no <base> rewriting, forms post only here;
 * - never framed (`frame-ancestors 'none'`, plus X-Frame-Options for old browsers).
 *
 * One exception: the API docs page (/api/docs, Swagger UI, no user data in it) injects <style> elements,
 * so its answers allow inline styles (`style-src 'self' 'unsafe-inline'`). Its scripts are files: still
 * `script-src 'self'`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

export interface SecurityHeaderOptions {
  /** Served over HTTPS (TIDTAM_SECURE_COOKIES=true): add HSTS and upgrade-insecure-requests. */
  https: boolean;
}

export function contentSecurityPolicy(options: SecurityHeaderOptions, page: 'app' | 'docs' = 'app'): string {
  const styles = page === 'docs' ? "'self' 'unsafe-inline'" : "'self'";
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "script-src-attr 'none'",
    `style-src ${styles}`,
    `style-src-elem ${styles}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

export function securityHeaders(
  options: SecurityHeaderOptions,
  page: 'app' | 'docs' = 'app',
): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options, page),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    // URLs carry search words and ids (names of people, soon): they never leave in a Referer header.
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  const headers = { app: securityHeaders(options, 'app'), docs: securityHeaders(options, 'docs') };
  const apply = (request: FastifyRequest, reply: FastifyReply) => {
    const page = /^\/api\/docs(\/|$|\?)/.test(request.url) ? 'docs' : 'app';
    for (const [name, value] of Object.entries(headers[page])) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
  };
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    apply(request, reply);
  });
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    apply(request, reply);
    // Answers of the API hold plan data and personal data: no browser or proxy keeps a copy.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    reply.removeHeader('x-powered-by');
    return payload;
  });
}

/**
 * Fastify answers a few malformed URLs itself, before any route or hook (a path parameter longer than
 * 100 characters, a bad percent-encoding). Given as the `frameworkErrors` option, this answers them in
 * the one error shape, with the security headers, and without echoing the URL back.
 */
export function frameworkErrorHandler(options: SecurityHeaderOptions) {
  const headers = securityHeaders(options);
  return (_error: unknown, _request: FastifyRequest, reply: FastifyReply) => {
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    const message = { th: 'ที่อยู่ (URL) ไม่ถูกต้องหรือยาวเกินไป', en: 'The address (URL) is malformed or too long' };
    return reply
      .code(400)
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(new AppError('invalid_input', message, [{ field: 'url', ...message }]).toBody());
  };
}
