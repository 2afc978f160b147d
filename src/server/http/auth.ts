/**
 * Authentication: the session cookie (or, for the command line talking to a running server, the
 * operator token) becomes request.actor. Default-deny: routes call requireActor/requireRole.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Role } from '../../shared/limits';
import { OPERATOR, type Actor } from '../actor';
import type { Database } from '../db/database';
import { AppError, forbidden } from '../errors';
import { userOfSession } from '../repositories/users';

export const SESSION_COOKIE = 'tidtam_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (sign-in itself, health, API docs). Everything else is not. */
    public?: boolean;
    /** Open to the staff role too. Every other route refuses a staff user (default-deny, 403). */
    staff?: boolean;
  }
}

const NOT_SIGNED_IN = new AppError('unauthorized', { th: 'กรุณาเข้าสู่ระบบ', en: 'Please sign in' });
/** Until an account an admin created or reset has a password of its own, only these routes answer. */
export const ROUTES_BEFORE_PASSWORD_CHANGE = new Set([
  '/api/auth/password',
  '/api/auth/logout',
  '/api/auth/logout-all',
  '/api/auth/me',
]);
export const PASSWORD_CHANGE_REQUIRED = new AppError('password_change_required', {
  th: 'กรุณาตั้งรหัสผ่านใหม่ของท่านเองก่อนใช้งาน (ผู้ดูแลระบบสร้างหรือรีเซ็ตรหัสผ่านให้)',
  en: 'Choose a password of your own first (an admin created or reset this account)',
});
const NO_CSRF = new AppError('forbidden', {
  th: 'คำขอนี้ไม่ได้มาจากหน้าจอของระบบ (ไม่มีส่วนหัว x-tidtam-csrf)',
  en: 'This request did not come from the app (missing x-tidtam-csrf header)',
});

function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function registerAuth(app: FastifyInstance, db: Database, operatorToken: string | null) {
  app.decorateRequest('actor', null);
  // onRequest runs before body validation: an anonymous caller learns 401, not what its body lacked.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer && operatorToken && tokenMatches(bearer, operatorToken)) {
      request.actor = OPERATOR;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    let mustChange = false;
    if (token) {
      const user = await userOfSession(db, token);
      if (user)
        request.actor = {
          userId: user.id,
          label: user.username,
          role: user.role,
          unitId: user.unit_id,
          personId: user.person_id,
        };
      if (user?.must_change_password) mustChange = true;
    }
    const route = request.routeOptions.url;
    // The API docs (/api/docs, the OpenAPI document) are for signed-in users too (docs/security.md): the
    // document maps every route, so it is not handed to anyone who asks (issue 15 item 7).
    const isPublic = request.routeOptions.config?.public === true;
    if (route?.startsWith('/api/') && !isPublic && !request.actor) throw NOT_SIGNED_IN;
    if (mustChange && route?.startsWith('/api/') && !isPublic && !ROUTES_BEFORE_PASSWORD_CHANGE.has(route))
      throw PASSWORD_CHANGE_REQUIRED;
    // A staff user (one person, their own record) reaches only the routes marked for them and their own
    // account's (password, sign-out, who am I).
    if (route?.startsWith('/api/') && !isPublic && request.actor?.role === 'staff') {
      if (request.routeOptions.config?.staff !== true && !ROUTES_BEFORE_PASSWORD_CHANGE.has(route))
        throw forbidden();
    }
    // A cookie is sent by the browser on cross-site requests too; a custom header is not.
    const changes = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (changes && !bearer && request.headers['x-tidtam-csrf'] !== '1') throw NO_CSRF;
  });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw NOT_SIGNED_IN;
  return request.actor;
}

export function requireRole(request: FastifyRequest, roles: readonly Role[]): Actor {
  const actor = requireActor(request);
  if (!roles.includes(actor.role)) throw forbidden();
  return actor;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, hours: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: hours * 3600,
  });
}
