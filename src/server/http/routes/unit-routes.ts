import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../shared/api/common';
import {
  UnitClose,
  UnitCloseResult,
  UnitCreate,
  UnitMerge,
  UnitUpdate,
  UnitView,
} from '../../../shared/api/units';
import { listUnits } from '../../repositories/unit-admin';
import { addUnit, closeUnit, editUnit, mergeUnits } from '../../use-cases/manage-units';
import { requireActor, requireRole } from '../auth';
import { typed, type AppContext } from '../context';

export function unitRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['units'];
  r.get(
    '/api/units',
    { schema: { tags, summary: 'All units (agencies)', response: { 200: z.array(UnitView) } } },
    async (req) => {
      requireActor(req);
      return listUnits(db);
    },
  );
  r.post(
    '/api/units',
    {
      schema: { tags, summary: 'Add a unit (central office)', body: UnitCreate, response: { 201: UnitView } },
    },
    async (req, reply) => {
      const actor = requireRole(req, ['admin']);
      return reply.code(201).send(await addUnit(db, actor, req.body));
    },
  );
  r.patch(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: 'Change a unit (central office)',
        params: IdParam,
        body: UnitUpdate,
        response: { 200: UnitView },
      },
    },
    async (req) => editUnit(db, requireRole(req, ['admin']), req.params.id, req.body),
  );
  r.post(
    '/api/units/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a unit into its successor; its projects (and users) move there',
        params: IdParam,
        body: UnitClose,
        response: { 200: UnitCloseResult },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      return closeUnit(db, actor, req.params.id, req.body);
    },
  );
  r.post(
    '/api/units/merge',
    {
      schema: {
        tags,
        summary: 'Merge several units into one successor (each is closed into it)',
        body: UnitMerge,
        response: { 200: UnitCloseResult },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      return mergeUnits(db, actor, req.body);
    },
  );
}
