/** The talent pool per key position (issue 12, item 5): thin handlers over use-cases/careers. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../../shared/api/common';
import {
  NominationChange,
  NominationCreate,
  TalentPoolQuery,
  TalentPoolView,
} from '../../../../shared/api/careers';
import { changeNomination, nominate } from '../../../use-cases/careers/nominate';
import { talentPool } from '../../../use-cases/careers/talent-pool';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const Made = z.object({ id: z.number() });

export function careerTalentRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['careers'];
  r.get(
    '/api/careers/talent-pool',
    {
      schema: {
        tags,
        summary:
          'Per key position: nominated successors (readiness, consent, history), bench strength, coverage, and the seats retirements empty uncovered',
        querystring: TalentPoolQuery,
        response: { 200: TalentPoolView },
      },
    },
    async (req) => talentPool(db, requireActor(req), req.query),
  );
  r.post(
    '/api/careers/nominations',
    {
      schema: {
        tags,
        summary: 'Nominate a successor for a key position (central office)',
        body: NominationCreate,
        response: { 201: Made },
      },
    },
    async (req, reply) => reply.code(201).send(await nominate(db, requireActor(req), req.body)),
  );
  r.post(
    '/api/careers/nominations/:id',
    {
      schema: {
        tags,
        summary: "Change a nomination's readiness, consent or note, or withdraw it (central office)",
        params: IdParam,
        body: NominationChange,
        response: { 200: Made },
      },
    },
    async (req) => changeNomination(db, requireActor(req), req.params.id, req.body),
  );
}
