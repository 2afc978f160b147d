import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../shared/api/common';
import { UserCreate, UserUpdate, UserView } from '../../../shared/api/users';
import { createUser, getUser, listUsers, updateUser } from '../../use-cases/manage-users';
import { requireRole } from '../auth';
import { typed, type AppContext } from '../context';

export function userRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['users'];
  r.get('/api/users', { schema: { tags, response: { 200: z.array(UserView) } } }, async (req) => {
    requireRole(req, ['admin']);
    return listUsers(db);
  });
  r.post(
    '/api/users',
    { schema: { tags, body: UserCreate, response: { 201: UserView } } },
    async (req, reply) => {
      const actor = requireRole(req, ['admin']);
      const id = await db.transaction((tx) => createUser(tx, actor, req.body));
      return reply.code(201).send(await getUser(db, id));
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
    async (req) => {
      const actor = requireRole(req, ['admin']);
      await db.transaction((tx) => updateUser(tx, actor, req.params.id, req.body));
      return getUser(db, req.params.id);
    },
  );
}
