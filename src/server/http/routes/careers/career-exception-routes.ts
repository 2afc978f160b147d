/** Exceptions per path and person (issue 12, item 4): thin handlers over use-cases/careers/exceptions. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../../shared/api/common';
import { ExceptionGrant, ExceptionRevoke, ExceptionView } from '../../../../shared/api/careers';
import { grantException, listExceptions, revokeGranted } from '../../../use-cases/careers/exceptions';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

export function careerExceptionRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['careers'];
  r.get(
    '/api/careers/paths/:id/exceptions',
    {
      schema: {
        tags,
        summary: "A path's exceptions, revoked ones too (central office; focal points: their unit's people)",
        params: IdParam,
        response: { 200: z.array(ExceptionView) },
      },
    },
    async (req) => listExceptions(db, requireActor(req), req.params.id),
  );
  r.post(
    '/api/careers/paths/:id/exceptions',
    {
      schema: {
        tags,
        summary: 'Grant a person an exception for one criterion or the whole path (central office)',
        params: IdParam,
        body: ExceptionGrant,
        response: { 201: ExceptionView },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await grantException(db, requireActor(req), req.params.id, req.body)),
  );
  r.post(
    '/api/careers/exceptions/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an exception with a reason (central office)',
        params: IdParam,
        body: ExceptionRevoke,
        response: { 200: ExceptionView },
      },
    },
    async (req) => revokeGranted(db, requireActor(req), req.params.id, req.body),
  );
}
