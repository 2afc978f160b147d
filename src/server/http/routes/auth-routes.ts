import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AuthConfig, SessionList } from '../../../shared/api/account';
import { CurrentUser, LoginRequest } from '../../../shared/api/auth';
import { ssoSettings } from '../../config/env';
import { listLiveSessions } from '../../repositories/sessions';
import { findUserByUsername, toCurrentUser } from '../../repositories/users';
import { signIn } from '../../use-cases/sign-in';
import { signOut, signOutEverywhere } from '../../use-cases/sign-out';
import { requireActor, SESSION_COOKIE, setSessionCookie } from '../auth';
import { typed, type AppContext } from '../context';
import { SignInLimiter, SignInRefused } from '../rate-limit';
import { oidcRoutes } from './oidc-routes';

export function authRoutes(app: FastifyInstance, context: AppContext) {
  const { db, env } = context;
  const r = typed(app);
  const secure = env.TIDTAM_SECURE_COOKIES === 'true';
  // One limiter per server: failed sign-ins per account and address, per address, per account (4.2).
  const limiter = new SignInLimiter({
    perPair: env.TIDTAM_SIGNIN_MAX_FAILURES,
    perAddress: env.TIDTAM_SIGNIN_MAX_FAILURES_PER_ADDRESS,
    perAccount: env.TIDTAM_SIGNIN_MAX_FAILURES_PER_ACCOUNT,
    windowMs: env.TIDTAM_SIGNIN_LOCK_MINUTES * 60_000,
  });
  const sso = ssoSettings(env);
  const tags = ['auth'];
  r.get(
    '/api/auth/config',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'What the sign-in page offers (single sign-on)',
        response: { 200: AuthConfig },
      },
    },
    async () => ({
      sso: { enabled: sso !== null, label: sso?.label ?? null },
      passwordReset: env.TIDTAM_SMTP_URL !== undefined,
    }),
  );
  r.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Sign in with a username and password: sets the session cookie',
        errors: [429],
        description:
          'Too many failed sign-ins for one account from one address, from one address, or for one account from everywhere answer 429 with Retry-After (seconds).',
        body: LoginRequest,
        response: { 200: CurrentUser },
      },
    },
    async (req, reply) => {
      try {
        const { user, token } = await signIn(db, req.body, env.TIDTAM_SESSION_HOURS, {
          attempts: {
            before: (username) => limiter.check(username, req.ip),
            failed: (username) => limiter.failed(username, req.ip),
            succeeded: (username) => limiter.succeeded(username, req.ip),
          },
          previousToken: req.cookies[SESSION_COOKIE],
          address: req.ip,
        });
        setSessionCookie(reply, token, secure, env.TIDTAM_SESSION_HOURS);
        return user;
      } catch (err) {
        if (err instanceof SignInRefused) reply.header('retry-after', String(err.retryAfterSeconds));
        throw err;
      }
    },
  );
  r.post(
    '/api/auth/logout',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Sign out: ends this session and clears its cookie',
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await signOut(db, token, req.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
      return reply.code(204).send(null);
    },
  );
  r.post(
    '/api/auth/logout-all',
    {
      config: { staff: true },
      schema: {
        tags,
        summary: 'Sign out everywhere: ends every session of the signed-in user, this one included',
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await signOutEverywhere(db, requireActor(req), req.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
      return reply.code(204).send(null);
    },
  );
  r.get(
    '/api/auth/me',
    {
      config: { staff: true },
      schema: { tags, summary: 'The signed-in user (or the operator)', response: { 200: CurrentUser } },
    },
    async (req) => {
      const actor = requireActor(req);
      const user = actor.userId === null ? null : await findUserByUsername(db, actor.label);
      if (!user) {
        return {
          id: 0,
          username: actor.label,
          displayName: 'operator',
          role: actor.role,
          unit: null,
          mustChangePassword: false,
        };
      }
      return toCurrentUser(user);
    },
  );
  r.get(
    '/api/auth/sessions',
    {
      config: { staff: true },
      schema: {
        tags,
        summary: "The signed-in user's live sessions (times only, this one marked); never tokens",
        response: { 200: SessionList },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const token = req.cookies[SESSION_COOKIE];
      if (actor.userId === null || !token) return { sessions: [] };
      return { sessions: await listLiveSessions(db, actor.userId, token) };
    },
  );
  oidcRoutes(app, context, sso);
}
