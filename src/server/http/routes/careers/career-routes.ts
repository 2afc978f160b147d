/** Career paths, eligibility, the self-check and succession (issue 12): thin handlers over use-cases/careers. */
import type { FastifyInstance } from 'fastify';
import { IdParam } from '../../../../shared/api/common';
import {
  AsOfQuery,
  DraftApprove,
  DraftSave,
  EligibilityQuery,
  EligibilityView,
  PathCreate,
  PathSummary,
  PathView,
  SelfCheckView,
  SuccessionQuery,
  SuccessionView,
} from '../../../../shared/api/careers';
import { z } from 'zod';
import { approvePathDraft, createPath, saveDraft } from '../../../use-cases/careers/edit-path';
import { pathEligibility } from '../../../use-cases/careers/eligibility';
import { getPath, listPaths } from '../../../use-cases/careers/paths';
import { selfCheck } from '../../../use-cases/careers/self-check';
import { succession } from '../../../use-cases/careers/succession';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open to the staff role too (every other route refuses a staff user). */
    staff?: boolean;
  }
}

export function careerRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['careers'];
  r.get(
    '/api/careers/paths',
    {
      config: { staff: true },
      schema: {
        tags,
        summary: 'Career paths with the version in force today and any draft',
        response: { 200: z.array(PathSummary) },
      },
    },
    async (req) => listPaths(db, requireActor(req)),
  );
  r.get(
    '/api/careers/paths/:id',
    {
      config: { staff: true },
      schema: {
        tags,
        summary: 'One career path with every version (criteria, stages, who approved)',
        params: IdParam,
        response: { 200: PathView },
      },
    },
    async (req) => getPath(db, requireActor(req), req.params.id),
  );
  r.post(
    '/api/careers/paths',
    {
      schema: {
        tags,
        summary: 'Create a career path with its first draft version (central office)',
        body: PathCreate,
        response: { 201: PathView },
      },
    },
    async (req, reply) => reply.code(201).send(await createPath(db, requireActor(req), req.body)),
  );
  r.put(
    '/api/careers/paths/:id/draft',
    {
      schema: {
        tags,
        summary:
          "Save the path's draft criteria (started from the version in force when none; central office)",
        params: IdParam,
        body: DraftSave,
        response: { 200: PathView },
      },
    },
    async (req) => saveDraft(db, requireActor(req), req.params.id, req.body),
  );
  r.post(
    '/api/careers/paths/:id/approve',
    {
      schema: {
        tags,
        summary: "Approve the path's draft, in force from a date (central office)",
        params: IdParam,
        body: DraftApprove,
        response: { 200: PathView },
      },
    },
    async (req) => approvePathDraft(db, requireActor(req), req.params.id, req.body),
  );
  r.get(
    '/api/careers/paths/:id/eligibility',
    {
      schema: {
        tags,
        summary:
          'Who is eligible for a path as of a date, or within N years (draft=true: the what-if, central office)',
        params: IdParam,
        querystring: EligibilityQuery,
        response: { 200: EligibilityView },
      },
    },
    async (req) => pathEligibility(db, requireActor(req), req.params.id, req.query),
  );
  r.get(
    '/api/careers/self-check',
    {
      config: { staff: true },
      schema: {
        tags,
        summary: "The signed-in person's own check against every path in force, criterion by criterion",
        querystring: AsOfQuery,
        response: { 200: SelfCheckView },
      },
    },
    async (req) => selfCheck(db, requireActor(req), req.query),
  );
  r.get(
    '/api/careers/succession',
    {
      schema: {
        tags,
        summary:
          'Per key title: seats, holders retiring per fiscal year, successors eligible now and by each year',
        querystring: SuccessionQuery,
        response: { 200: SuccessionView },
      },
    },
    async (req) => succession(db, requireActor(req), req.query),
  );
}
