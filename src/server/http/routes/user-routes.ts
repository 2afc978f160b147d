import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../shared/api/common';
import { SsoLinkInput, UserAdminView, UserCreate, UserUpdate, UserView } from '../../../shared/api/users';
import { ssoSettings } from '../../config/env';
import { listUsers } from '../../repositories/user-admin';
import { linkUserSso } from '../../use-cases/link-user-sso';
import { addUser, editUser } from '../../use-cases/manage-users';
import { unlinkUserSso } from '../../use-cases/unlink-sso';
import { requireRole } from '../auth';
import { typed, type AppContext } from '../context';

export function userRoutes(app: FastifyInstance, { db, env }: AppContext) {
  const r = typed(app);
  const tags = ['users'];
  const issuer = ssoSettings(env)?.issuer ?? null;
  r.get('/api/users', { schema: { tags, response: { 200: z.array(UserAdminView) } } }, async (req) => {
    requireRole(req, ['admin']);
    return listUsers(db);
  });
  r.post(
    '/api/users',
    { schema: { tags, body: UserCreate, response: { 201: UserView } } },
    async (req, reply) => {
      const actor = requireRole(req, ['admin']);
      return reply.code(201).send(await addUser(db, actor, req.body));
    },
  );
  r.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Edit a user (role, unit, active, e-mail, name) or reset the password',
        description:
          'A change of role, unit or active, or a new password, ends the user’s sessions. ' +
          'The last active admin cannot be demoted or deactivated (409).',
        params: IdParam,
        body: UserUpdate,
        response: { 200: UserView },
      },
    },
    async (req) => editUser(db, requireRole(req, ['admin']), req.params.id, req.body),
  );
  r.put(
    '/api/users/:id/sso',
    {
      schema: {
        tags,
        summary: 'Link a single sign-on identity (the provider’s subject) to a user',
        description:
          'At the configured TIDTAM_OIDC_ISSUER; replaces the user’s earlier identity there. 400 when single ' +
          'sign-on is not configured; 409 when the user is deactivated or the subject is another user’s.',
        params: IdParam,
        body: SsoLinkInput,
        response: { 200: UserAdminView },
      },
    },
    async (req) => linkUserSso(db, requireRole(req, ['admin']), issuer, req.params.id, req.body),
  );
  r.delete(
    '/api/users/:id/sso',
    {
      schema: {
        tags,
        summary: 'Unlink the user’s single sign-on identities (their next sign-in there is refused)',
        params: IdParam,
        response: { 200: UserAdminView },
      },
    },
    async (req) => (await unlinkUserSso(db, requireRole(req, ['admin']), req.params.id)).user,
  );
}
