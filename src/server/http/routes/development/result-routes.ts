/** Results on form สพข. ๒ (issue 11): one project's result, filing and refiling it, timeliness per agency. */
import type { FastifyInstance } from 'fastify';
import { IdParam } from '../../../../shared/api/common';
import {
  ProjectResultView,
  ResultInput,
  ResultsTimelinessView,
  ResultUpdate,
  TimelinessQuery,
} from '../../../../shared/api/development/results';
import { fileProjectResult } from '../../../use-cases/development/file-result';
import { getProjectResult, resultsTimeliness } from '../../../use-cases/development/result-view';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const WHO_FILES =
  "The project's agency (its unit's focal points and approvers), the development institute (unit BHRDI) " +
  'and admins; anyone else 403. filed_on is today in Bangkok, filed_by the user.';

export function developmentResultRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['development'];
  r.get(
    '/api/development/projects/:id/result',
    {
      schema: {
        tags,
        summary: "A development project's result on form สพข. ๒ with its due date (end + 14 days) and state",
        description:
          'Admins, the committee and the institute every project, an agency its own (another: 403), staff 403. ' +
          '`result` is null until filed; `canFile` tells whether the user may file it.',
        params: IdParam,
        response: { 200: ProjectResultView },
      },
    },
    async (req) => getProjectResult(db, requireActor(req), req.params.id),
  );
  r.post(
    '/api/development/projects/:id/result',
    {
      schema: {
        tags,
        summary: "File a development project's result on form สพข. ๒ (the first time)",
        description: `${WHO_FILES} 409 when a result is already filed (refile with PUT).`,
        params: IdParam,
        body: ResultInput,
        response: { 200: ProjectResultView },
      },
    },
    async (req) => fileProjectResult(db, requireActor(req), req.params.id, req.body),
  );
  r.put(
    '/api/development/projects/:id/result',
    {
      schema: {
        tags,
        summary: "Refile a development project's result in place, with the version read",
        description: `${WHO_FILES} 404 when nothing is filed yet, 409 when the version is no longer current.`,
        params: IdParam,
        body: ResultUpdate,
        response: { 200: ProjectResultView },
      },
    },
    async (req) => fileProjectResult(db, requireActor(req), req.params.id, req.body),
  );
  r.get(
    '/api/development/results/timeliness',
    {
      schema: {
        tags,
        summary: 'Timeliness of results per agency for a fiscal year as of a date: on time, late, missing',
        description:
          'As of `asOf` (default today in Bangkok): on time = filed by the due date, late = filed after it, ' +
          'missing = not filed and due passed, not yet due otherwise. Admins, the committee and the institute ' +
          'every agency, an agency its own; staff 403. 404 when the year is not opened.',
        querystring: TimelinessQuery,
        response: { 200: ResultsTimelinessView },
      },
    },
    async (req) => resultsTimeliness(db, requireActor(req), req.query),
  );
}
