/**
 * The year's cycle, an agency's submission (issue 11): its projects added, changed and deleted through the
 * web form while a draft or returned, submitted, then returned with a comment or accepted by the institute.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ProjectInput,
  ProjectParams,
  ProjectUpdate,
  ProjectView,
  SubmissionAccept,
  SubmissionParams,
  SubmissionReturn,
  SubmissionView,
  VersionBody,
  VersionQuery,
} from '../../../../shared/api/development';
import { addProject } from '../../../use-cases/development/add-project';
import { decideSubmission } from '../../../use-cases/development/decide-submission';
import { deleteProject } from '../../../use-cases/development/delete-project';
import { editProject } from '../../../use-cases/development/edit-project';
import { submissionView } from '../../../use-cases/development/submission-view';
import { submitSubmission } from '../../../use-cases/development/submit-submission';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const SUBMISSION = '/api/development/years/:fiscalYear/submissions/:unitCode';

export function developmentSubmissionRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['development cycle'];
  r.get(
    SUBMISSION,
    {
      schema: {
        tags,
        summary: "An agency's submission of the year: state, the institute's comment, its projects",
        description: "The institute any agency's; the agency's focal point or approver its own (else 403).",
        params: SubmissionParams,
        response: { 200: SubmissionView },
      },
    },
    async (req) => submissionView(db, requireActor(req), req.params.fiscalYear, req.params.unitCode),
  );
  r.post(
    `${SUBMISSION}/projects`,
    {
      schema: {
        tags,
        summary: 'The agency adds a project to its draft or returned submission',
        description: "The agency's own focal point; 409 when submitted or accepted, or the code is taken.",
        params: SubmissionParams,
        body: ProjectInput,
        response: { 201: ProjectView },
      },
    },
    async (req, reply) => {
      const { fiscalYear, unitCode } = req.params;
      return reply.code(201).send(await addProject(db, requireActor(req), fiscalYear, unitCode, req.body));
    },
  );
  r.patch(
    '/api/development/years/:fiscalYear/projects/:id',
    {
      schema: {
        tags,
        summary: 'The agency changes one of its projects (draft or returned submission; needs its version)',
        params: ProjectParams,
        body: ProjectUpdate,
        response: { 200: ProjectView },
      },
    },
    async (req) => editProject(db, requireActor(req), req.params.fiscalYear, req.params.id, req.body),
  );
  r.delete(
    '/api/development/years/:fiscalYear/projects/:id',
    {
      schema: {
        tags,
        summary: 'The agency deletes one of its projects (draft or returned submission; needs its version)',
        params: ProjectParams,
        querystring: VersionQuery,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const { fiscalYear, id } = req.params;
      await deleteProject(db, requireActor(req), fiscalYear, id, req.query.version);
      return reply.code(204).send(null);
    },
  );
  r.post(
    `${SUBMISSION}/submit`,
    {
      schema: {
        tags,
        summary: 'The agency submits its projects to the institute (version 0 before its first project)',
        description: "The agency's focal point or approver; 409 when already submitted or without projects.",
        params: SubmissionParams,
        body: VersionBody,
        response: { 200: SubmissionView },
      },
    },
    async (req) => {
      const { fiscalYear, unitCode } = req.params;
      return submitSubmission(db, requireActor(req), fiscalYear, unitCode, req.body.version);
    },
  );
  r.post(
    `${SUBMISSION}/return`,
    {
      schema: {
        tags,
        summary: 'The institute returns a submitted submission with a comment (required) for correction',
        params: SubmissionParams,
        body: SubmissionReturn,
        response: { 200: SubmissionView },
      },
    },
    async (req) => decideSubmission(db, requireActor(req), 'return', req.params, req.body),
  );
  r.post(
    `${SUBMISSION}/accept`,
    {
      schema: {
        tags,
        summary: "The institute accepts a submitted submission: its projects count in the year's plan",
        params: SubmissionParams,
        body: SubmissionAccept,
        response: { 200: SubmissionView },
      },
    },
    async (req) => decideSubmission(db, requireActor(req), 'accept', req.params, req.body),
  );
}
