import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CurrentUser, LoginRequest } from '../../../shared/api/auth';
import { findUserByUsername, deleteSession, toCurrentUser } from '../../repositories/users';
import { signIn } from '../../use-cases/sign-in';
import { requireActor, SESSION_COOKIE, setSessionCookie } from '../auth';
import { typed, type AppContext } from '../context';

export function authRoutes(app: FastifyInstance, { db, env }: AppContext) {
  const r = typed(app);
  r.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: { tags: ['auth'], body: LoginRequest, response: { 200: CurrentUser } },
    },
    async (req, reply) => {
      const { user, token } = await signIn(db, req.body, env.TIDTAM_SESSION_HOURS);
      setSessionCookie(reply, token, env.TIDTAM_SECURE_COOKIES === 'true', env.TIDTAM_SESSION_HOURS);
      return user;
    },
  );
  r.post(
    '/api/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await deleteSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
  r.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: CurrentUser } } }, async (req) => {
    const actor = requireActor(req);
    const user = actor.userId === null ? null : await findUserByUsername(db, actor.label);
    if (!user) {
      return { id: 0, username: actor.label, displayName: 'operator', role: actor.role, unit: null };
    }
    return toCurrentUser(user);
  });
}
