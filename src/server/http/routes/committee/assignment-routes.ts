/** Assignments: lists and counts per unit, one with its progress, progress reports and closing. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../../shared/api/common';
import {
  AssignmentClose,
  AssignmentDetail,
  AssignmentListQuery,
  AssignmentView,
  ProgressCreate,
  UnitAssignmentCounts,
} from '../../../../shared/api/committee';
import { assignmentCounts, getAssignment, listAssignments } from '../../../use-cases/committee/assignments';
import { closeAssignment } from '../../../use-cases/committee/close-assignment';
import { reportAssignmentProgress } from '../../../use-cases/committee/report-progress';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

export function committeeAssignmentRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['committee'];
  r.get(
    '/api/committee/assignments',
    {
      schema: {
        tags,
        summary: 'Assignments (open, overdue, closed); a unit user sees its own unit only',
        querystring: AssignmentListQuery,
        response: { 200: z.array(AssignmentView) },
      },
    },
    async (req) => listAssignments(db, requireActor(req), req.query),
  );
  r.get(
    '/api/committee/assignments/by-unit',
    {
      schema: {
        tags,
        summary: 'Open, overdue and closed assignments per unit',
        response: { 200: z.array(UnitAssignmentCounts) },
      },
    },
    async (req) => assignmentCounts(db, requireActor(req)),
  );
  r.get(
    '/api/committee/assignments/:id',
    {
      schema: {
        tags,
        summary: 'One assignment with its progress (another unit’s: 404)',
        params: IdParam,
        response: { 200: AssignmentDetail },
      },
    },
    async (req) => getAssignment(db, requireActor(req), req.params.id),
  );
  r.post(
    '/api/committee/assignments/:id/progress',
    {
      schema: {
        tags,
        summary: 'Report progress on an assignment of one’s own unit, optionally proposing to close it',
        params: IdParam,
        body: ProgressCreate,
        response: { 201: AssignmentDetail },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await reportAssignmentProgress(db, requireActor(req), req.params.id, req.body)),
  );
  r.post(
    '/api/committee/assignments/:id/close',
    {
      schema: {
        tags,
        summary: 'Close an assignment proposed for closing, at a meeting (secretariat)',
        params: IdParam,
        body: AssignmentClose,
        response: { 200: AssignmentDetail },
      },
    },
    async (req) => closeAssignment(db, requireActor(req), req.params.id, req.body),
  );
}
