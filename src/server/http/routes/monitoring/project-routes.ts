import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../../shared/api/common';
import {
  MonthlyReportInput,
  MonthlyReportView,
  ProjectDetail,
  ProjectListItem,
  ProjectListQuery,
  ProjectUpdate,
} from '../../../../shared/api/monitoring/plans';
import { listProjects } from '../../../repositories/monitoring/projects';
import { getProjectDetail } from '../../../repositories/monitoring/project-detail';
import { submitMonthlyReport } from '../../../use-cases/monitoring/submit-monthly-report';
import { updateProject } from '../../../use-cases/monitoring/edit-plan';
import { requireActor, requireRole } from '../../auth';
import { typed, type AppContext } from '../../context';

export function projectRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  r.get(
    '/api/projects',
    {
      schema: {
        tags: ['projects'],
        summary: 'Projects this user may see, filtered',
        querystring: ProjectListQuery,
        response: { 200: z.array(ProjectListItem) },
      },
    },
    async (req) => listProjects(db, requireActor(req), req.query),
  );
  r.get(
    '/api/projects/:id',
    {
      schema: {
        tags: ['projects'],
        summary: 'A project with its monthly reports',
        params: IdParam,
        response: { 200: ProjectDetail },
      },
    },
    async (req) => getProjectDetail(db, requireActor(req), req.params.id),
  );
  r.patch(
    '/api/projects/:id',
    {
      schema: {
        tags: ['projects'],
        summary: 'Change a project (central office)',
        params: IdParam,
        body: ProjectUpdate,
        response: { 200: ProjectDetail },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      await updateProject(db, actor, req.params.id, req.body);
      return getProjectDetail(db, actor, req.params.id);
    },
  );
  r.post(
    '/api/projects/:id/reports',
    {
      schema: {
        tags: ['reports'],
        summary: "Save or send a project's monthly report (accepts an Idempotency-Key)",
        params: IdParam,
        body: MonthlyReportInput,
        response: { 201: MonthlyReportView },
      },
    },
    async (req, reply) => {
      const report = await submitMonthlyReport(db, requireActor(req), req.params.id, req.body);
      return reply.code(201).send(report);
    },
  );
}
