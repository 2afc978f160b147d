import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../../shared/api/common';
import {
  AttentionQuery,
  AttentionResponse,
  ProblemListQuery,
  ProblemUpdate,
  ProblemView,
} from '../../../../shared/api/monitoring/follow-up';
import { getNeedsAttention } from '../../../use-cases/monitoring/needs-attention';
import { listProblemRegister, updateProblem } from '../../../use-cases/monitoring/problems';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const CodeParam = z.object({ code: z.string().min(1).max(40) });

/** Follow-up: the problems register and the projects that need attention. */
export function followUpRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  r.get(
    '/api/problems',
    {
      schema: {
        tags: ['follow-up'],
        summary: 'The problem register (problems raised in reports)',
        querystring: ProblemListQuery,
        response: { 200: z.array(ProblemView) },
      },
    },
    async (req) => listProblemRegister(db, requireActor(req), req.query),
  );
  r.patch(
    '/api/problems/:id',
    {
      schema: {
        tags: ['follow-up'],
        summary: "Change a problem's category, severity or follow-up",
        params: IdParam,
        body: ProblemUpdate,
        response: { 200: ProblemView },
      },
    },
    async (req) => updateProblem(db, requireActor(req), req.params.id, req.body),
  );
  r.get(
    '/api/plans/:code/attention',
    {
      schema: {
        tags: ['follow-up'],
        summary: 'Projects that need attention as of a month',
        params: CodeParam,
        querystring: AttentionQuery,
        response: { 200: AttentionResponse },
      },
    },
    async (req) =>
      getNeedsAttention(db, requireActor(req), { planCode: req.params.code, asOf: req.query.asOf }),
  );
}
