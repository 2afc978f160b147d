import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CurrentUser, LoginRequest } from '../../../shared/api/auth';
import {
  deleteSession,
  deleteUserSessions,
  findUserByUsername,
  toCurrentUser,
} from '../../repositories/users';
import { signIn } from '../../use-cases/sign-in';
import { requireActor, SESSION_COOKIE, setSessionCookie } from '../auth';
import { typed, type AppContext } from '../context';
import { SignInLimiter, SignInRefused } from '../rate-limit';

export function authRoutes(app: FastifyInstance, { db, env }: AppContext) {
  const r = typed(app);
  const secure = env.TIDTAM_SECURE_COOKIES === 'true';
  // One limiter per server: failed sign-ins per account and per client address (docs/security.md, 4.2).
  const limiter = new SignInLimiter({
    perAccount: env.TIDTAM_SIGNIN_MAX_FAILURES,
    perAddress: env.TIDTAM_SIGNIN_MAX_FAILURES_PER_ADDRESS,
    windowMs: env.TIDTAM_SIGNIN_LOCK_MINUTES * 60_000,
  });
  const tags = ['auth'];
  r.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags,
        description:
          'Too many failed sign-ins for one account or from one address answer 429 with Retry-After (seconds).',
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
            succeeded: (username) => limiter.succeeded(username),
          },
          previousToken: req.cookies[SESSION_COOKIE],
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
    { config: { public: true }, schema: { tags, response: { 204: z.null() } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await deleteSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
      return reply.code(204).send(null);
    },
  );
  r.post(
    '/api/auth/logout-all',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere: ends every session of the signed-in user, this one included',
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (actor.userId !== null) await deleteUserSessions(db, actor.userId);
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
      return reply.code(204).send(null);
    },
  );
  r.get('/api/auth/me', { schema: { tags, response: { 200: CurrentUser } } }, async (req) => {
    const actor = requireActor(req);
    const user = actor.userId === null ? null : await findUserByUsername(db, actor.label);
    if (!user) {
      return { id: 0, username: actor.label, displayName: 'operator', role: actor.role, unit: null };
    }
    return toCurrentUser(user);
  });
}
