/**
 * Development imports (formats.md, "Development plan file", "Development records file"): the upload
 * (multipart `file`) is written to a private temporary file and streamed from there, so a 2,000,000-row
 * records file never sits in memory. Admin and the development institute import every row; an agency's
 * focal point its own unit's rows (src/server/policies/development/import-policy.ts).
 */
import type { FastifyInstance } from 'fastify';
import {
  DevelopmentImportParams,
  DevelopmentImportQuery,
  DevelopmentImportResult,
} from '../../../../shared/api/development/imports';
import { developmentTemplate } from '../../../exports/development/import-template';
import { newestTemplateYear } from '../../../repositories/development/template';
import { importScope } from '../../../use-cases/development/import-run';
import { importDevelopmentPlan } from '../../../use-cases/development/import-plan';
import { importDevelopmentRecords } from '../../../use-cases/development/import-records';
import { importDigitalSkills } from '../../../use-cases/development/import-digital';
import { requireActor } from '../../auth';
import { withUploadedFile } from '../../uploaded-file';
import { typed, type AppContext } from '../../context';

export function developmentImportRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  r.post(
    '/api/development/imports/:kind',
    {
      schema: {
        tags: ['development imports'],
        summary:
          'Import a development plan, development records or digital skills file (admin, the institute, or an agency for its own rows); ?dryRun=true checks and counts only',
        description:
          'Multipart field `file`, CSV or XLSX as formats.md (plan, records) and docs/development-files.md (digital-skills) describe. All-or-nothing: any row error is a 400 ' +
          '`invalid_input` listing every error as {row, field, th, en} (the first 1,000, then "… and N more"), ' +
          'and nothing is written. 413 `too_large` beyond the upload, row or time limits; 403 for a viewer, ' +
          "staff or another agency's approver. A dry run does every check and every write, then rolls back.",
        // No `body` schema (the file is read by withUploadedFile): `consumes` documents the upload (http/openapi.ts).
        consumes: ['multipart/form-data'],
        params: DevelopmentImportParams,
        querystring: DevelopmentImportQuery,
        response: { 200: DevelopmentImportResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await importScope(db, actor); // 403 before the upload is read
      const run = {
        plan: importDevelopmentPlan,
        records: importDevelopmentRecords,
        'digital-skills': importDigitalSkills,
      }[req.params.kind];
      return withUploadedFile(req, 'development', (path) =>
        run(db, actor, path, { dryRun: req.query.dryRun === 'true' }),
      );
    },
  );
  r.get(
    '/api/development/imports/:kind/template.xlsx',
    {
      schema: {
        tags: ['development imports'],
        summary:
          'The XLSX template of a development file: Thai column labels, drop-down lists (strategy, budget source, activity type)',
        description:
          'Whoever may import (admin, the institute, an agency’s focal point): the strategies are those of the ' +
          'newest opened year’s HRD plan; the import reads the Thai labels as column keys.',
        params: DevelopmentImportParams,
        download: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    },
    async (req, reply) => {
      await importScope(db, requireActor(req));
      const kind = req.params.kind;
      const thai = {
        plan: 'แผนพัฒนาบุคลากร',
        records: 'ประวัติการพัฒนา',
        'digital-skills': 'ผลประเมินทักษะดิจิทัล',
      }[kind];
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="development-${kind}.xlsx"; filename*=UTF-8''${encodeURIComponent(`แม่แบบ${thai}.xlsx`)}`,
        )
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(await developmentTemplate(kind, await newestTemplateYear(db)));
    },
  );
}
