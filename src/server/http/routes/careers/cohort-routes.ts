/**
 * Course cohorts and the post-course ranking (issue 12, item 6): thin handlers over use-cases/careers. Who may
 * do what: src/server/policies/careers/cohort-policy.ts (docs/security.md, "Course cohorts").
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../../shared/api/common';
import {
  CohortCreate,
  CohortImportQuery,
  CohortImportResult,
  CohortScores,
  CohortStatusChange,
  CohortSummary,
  CohortView,
} from '../../../../shared/api/careers';
import { cohortRankingXlsx } from '../../../exports/careers/cohort-ranking';
import { changeCohortStatus } from '../../../use-cases/careers/cohort-status';
import { getCohort, listCohorts } from '../../../use-cases/careers/cohorts';
import { createCohort } from '../../../use-cases/careers/create-cohort';
import { importCohortScores, requireScoreImporter } from '../../../use-cases/careers/import-cohort-scores';
import { recordScores } from '../../../use-cases/careers/record-scores';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';
import { withUploadedFile } from '../../uploaded-file';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function cohortRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['careers'];
  r.get(
    '/api/careers/cohorts',
    {
      config: { staff: true },
      schema: {
        tags,
        summary: 'Course cohorts (a staff user: only those they are a member of)',
        response: { 200: z.array(CohortSummary) },
      },
    },
    async (req) => listCohorts(db, requireActor(req)),
  );
  r.post(
    '/api/careers/cohorts',
    {
      schema: {
        tags,
        summary:
          'Open a course cohort: course, path, dates, score components with weights summing to 100, pass mark',
        description:
          'The central office and the development institute (BHRDI). 400 names the field; 409 a code taken.',
        body: CohortCreate,
        response: { 201: CohortView },
      },
    },
    async (req, reply) => reply.code(201).send(await createCohort(db, requireActor(req), req.body)),
  );
  r.get(
    '/api/careers/cohorts/:id',
    {
      config: { staff: true },
      schema: {
        tags,
        summary: 'A cohort with its ranked list and top five (committee: figures only; staff: their own row)',
        params: IdParam,
        response: { 200: CohortView },
      },
    },
    async (req) => getCohort(db, requireActor(req), req.params.id),
  );
  r.put(
    '/api/careers/cohorts/:id/scores',
    {
      schema: {
        tags,
        summary: 'Record scores typed on the form (adds a person not yet a member); all or nothing',
        description:
          'While the cohort is open. Any error is a 400 `invalid_input` listing every row and field; 409 when the ' +
          'cohort is no longer open or its version moved on.',
        params: IdParam,
        body: CohortScores,
        response: { 200: CohortView },
      },
    },
    async (req) => recordScores(db, requireActor(req), req.params.id, req.body),
  );
  r.post(
    '/api/careers/cohorts/:id/scores/import',
    {
      schema: {
        tags,
        summary:
          "Import a cohort's scores from CSV or XLSX (person number, one column per component); ?dryRun=true",
        description:
          'Multipart field `file`: the column `person_no` (เลขประจำตัวบุคลากร) and one column per score component, ' +
          'headed by its code or Thai name (docs/career-path-file.md). All-or-nothing: any error is a 400 ' +
          '`invalid_input` listing every {row, field, th, en}, and nothing is written; a dry run rolls back.',
        consumes: ['multipart/form-data'],
        params: IdParam,
        querystring: CohortImportQuery,
        response: { 200: CohortImportResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await requireScoreImporter(db, actor); // 403 before the upload is read
      return withUploadedFile(req, 'cohort-scores', (path) =>
        importCohortScores(db, actor, req.params.id, path, { dryRun: req.query.dryRun === 'true' }),
      );
    },
  );
  r.post(
    '/api/careers/cohorts/:id/status',
    {
      schema: {
        tags,
        summary:
          'Move a cohort: open → scored (every score recorded) → published (writes "course passed"); scored → open',
        description: '400 lists the members missing a score; 409 for a move not allowed or a stale version.',
        params: IdParam,
        body: CohortStatusChange,
        response: { 200: CohortView },
      },
    },
    async (req) => changeCohortStatus(db, requireActor(req), req.params.id, req.body),
  );
  r.get(
    '/api/careers/cohorts/:id/ranking.xlsx',
    {
      schema: {
        tags,
        summary: "A cohort's ranked list as XLSX, the top five marked (committee: without names)",
        params: IdParam,
        download: XLSX,
      },
    },
    async (req, reply) => {
      const { cohort, body } = await cohortRankingXlsx(db, requireActor(req), req.params.id);
      const safe = cohort.code.replace(/[^A-Za-z0-9_-]/g, '_');
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="cohort-${safe}.xlsx"; filename*=UTF-8''${encodeURIComponent(`ผลการจัดลำดับ-${cohort.code}.xlsx`)}`,
        )
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(body);
    },
  );
}
