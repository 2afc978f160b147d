import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../shared/api/common';
import { UnitCreate, UnitUpdate, UnitView } from '../../../shared/api/units';
import { createUnit, listUnits, renameOrEditUnit } from '../../repositories/unit-admin';
import { requireActor, requireRole } from '../auth';
import { typed, type AppContext } from '../context';

export function unitRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  r.get('/api/units', { schema: { tags: ['units'], response: { 200: z.array(UnitView) } } }, async (req) => {
    requireActor(req);
    return listUnits(db);
  });
  r.post(
    '/api/units',
    { schema: { tags: ['units'], body: UnitCreate, response: { 201: UnitView } } },
    async (req, reply) => {
      const actor = requireRole(req, ['admin']);
      const id = await db.transaction((tx) => createUnit(tx, actor, req.body));
      return reply.code(201).send((await listUnits(db)).find((u) => u.id === id)!);
    },
  );
  r.patch(
    '/api/units/:id',
    { schema: { tags: ['units'], params: IdParam, body: UnitUpdate, response: { 200: UnitView } } },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      await db.transaction((tx) => renameOrEditUnit(tx, actor, req.params.id, req.body));
      return (await listUnits(db)).find((u) => u.id === req.params.id)!;
    },
  );
}
