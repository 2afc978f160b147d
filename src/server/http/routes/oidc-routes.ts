/**
 * Single sign-on routes (docs/decisions/0007). Always registered, so the authorization matrix sees them;
 * without TIDTAM_OIDC_* they answer 404 and nothing else happens. Both are plain browser navigations
 * (GET, no CSRF header possible): the login starts a flow, the callback is the provider's redirect.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ssoSettings } from '../../config/env';
import { AppError } from '../../errors';
import { OidcClient } from '../../sso/oidc-client';
import { beginSsoSignIn, completeSsoSignIn, SSO_STATE_MINUTES } from '../../use-cases/sign-in-oidc';
import { SESSION_COOKIE, setSessionCookie } from '../auth';
import { typed, type AppContext } from '../context';

/** Holds the state of the sign-in under way, for the callback only; HttpOnly, gone in minutes. */
export const OIDC_STATE_COOKIE = 'tidtam_oidc';
const COOKIE_PATH = '/api/auth/oidc';

const NOT_ON = new AppError('not_found', { th: 'ไม่พบสิ่งที่ขอ', en: 'Not found' });

export function oidcRoutes(
  app: FastifyInstance,
  { db, env }: AppContext,
  sso: ReturnType<typeof ssoSettings>,
) {
  const r = typed(app);
  const secure = env.TIDTAM_SECURE_COOKIES === 'true';
  const client = sso ? new OidcClient(sso) : null;
  const tags = ['auth'];
  const back = (reply: FastifyReply, outcome: string) =>
    reply.code(303).header('location', `/login?sso=${outcome}`).send();
  const clearState = (reply: FastifyReply) =>
    reply.clearCookie(OIDC_STATE_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure });

  r.get(
    '/api/auth/oidc/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Single sign-on: redirects to the provider (404 when not configured)',
        redirects: "303 to the provider's sign-in page (or back to /login?sso=unavailable)",
        errors: [404],
      },
    },
    async (req, reply) => {
      if (!client) throw NOT_ON;
      let started: Awaited<ReturnType<typeof beginSsoSignIn>>;
      try {
        started = await beginSsoSignIn(db, client);
      } catch (err) {
        req.log.warn({ err: (err as Error).message }, 'single sign-on provider unavailable');
        return back(reply, 'unavailable');
      }
      // SameSite=Lax: sent on the provider's top-level redirect back to the callback, not on cross-site posts.
      reply.setCookie(OIDC_STATE_COOKIE, started.state, {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: COOKIE_PATH,
        maxAge: SSO_STATE_MINUTES * 60,
      });
      return reply.code(303).header('location', started.url.href).send();
    },
  );
  r.get(
    '/api/auth/oidc/callback',
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          "The provider's redirect: starts a session and redirects to the app, or back to the sign-in page with ?sso=not_linked|failed; a wrong, expired or used state is 400",
        redirects: '303 to the app (signed in) or to /login?sso=…',
        errors: [404],
        querystring: z.looseObject({ state: z.string().max(500).optional() }),
      },
    },
    async (req, reply) => {
      if (!client) throw NOT_ON;
      const cookieState = req.cookies[OIDC_STATE_COOKIE];
      clearState(reply);
      const result = await completeSsoSignIn(db, client, {
        cookieState,
        query: req.query,
        rawQuery: req.url.slice(req.url.indexOf('?') + 1 || req.url.length),
        previousToken: req.cookies[SESSION_COOKIE],
        address: req.ip,
        sessionHours: env.TIDTAM_SESSION_HOURS,
      });
      if ('refused' in result) return back(reply, result.refused);
      setSessionCookie(reply, result.token, secure, env.TIDTAM_SESSION_HOURS);
      return reply.code(303).header('location', '/').send();
    },
  );
}
