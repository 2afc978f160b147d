import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../shared/api/common';
import { UserCreate, UserUpdate, UserView } from '../../../shared/api/users';
import { createUser, listUsers, updateUser } from '../../use-cases/manage-users';
import { requireRole } from '../auth';
import { typed, type AppContext } from '../context';

export function userRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  r.get('/api/users', { schema: { tags: ['users'], response: { 200: z.array(UserView) } } }, async (req) => {
    requireRole(req, ['admin']);
    return listUsers(db);
  });
  r.post(
    '/api/users',
    { schema: { tags: ['users'], body: UserCreate, response: { 201: UserView } } },
    async (req, reply) => {
      const actor = requireRole(req, ['admin']);
      const id = await db.transaction((tx) => createUser(tx, actor, req.body));
      return reply.code(201).send((await listUsers(db)).find((u) => u.id === id)!);
    },
  );
  r.patch(
    '/api/users/:id',
    { schema: { tags: ['users'], params: IdParam, body: UserUpdate, response: { 200: UserView } } },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      await db.transaction((tx) => updateUser(tx, actor, req.params.id, req.body));
      return (await listUsers(db)).find((u) => u.id === req.params.id)!;
    },
  );
}
