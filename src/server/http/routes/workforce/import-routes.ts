/**
 * Workforce imports (formats.md, "Workforce files"): the upload (multipart `file`) is written to a private
 * temporary file and read from there a batch at a time, so a 1,000,000-row history file never sits in
 * memory; the template is a generated XLSX. Admin only (src/server/policies/workforce/import-policy.ts).
 */
import type { FastifyInstance } from 'fastify';
import {
  WorkforceImportParams,
  WorkforceImportQuery,
  WorkforceImportResult,
} from '../../../../shared/api/workforce/imports';
import { assertCanImportWorkforce } from '../../../policies/workforce/import-policy';
import { importWorkforceFile } from '../../../use-cases/workforce/import-file';
import { requireActor } from '../../auth';
import { withUploadedFile } from '../../uploaded-file';
import { typed, type AppContext } from '../../context';

export function workforceImportRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['workforce imports'];
  r.post(
    '/api/workforce/imports/:kind',
    {
      schema: {
        tags,
        summary:
          'Import a people, positions or position history file (admin); ?dryRun=true checks and counts only',
        description:
          'Multipart field `file`, CSV or XLSX as formats.md describes. All-or-nothing: any row error is a 400 ' +
          '`invalid_input` listing every error as {row, field, th, en} (the first 1,000, then "… and N more"), ' +
          'and nothing is written. 413 `too_large` beyond the upload, row or time limits; 403 for anyone but ' +
          'an admin. A dry run does every check and every write, then rolls back.',
        params: WorkforceImportParams,
        querystring: WorkforceImportQuery,
        // No `body` schema (the file is read by withUploadedFile): `consumes` documents the upload (http/openapi.ts).
        consumes: ['multipart/form-data'],
        response: { 200: WorkforceImportResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      assertCanImportWorkforce(actor); // before the upload is read
      return withUploadedFile(req, 'workforce', (path) =>
        importWorkforceFile(db, actor, req.params.kind, path, { dryRun: req.query.dryRun === 'true' }),
      );
    },
  );
  r.get(
    '/api/workforce/imports/:kind/template.xlsx',
    {
      schema: {
        tags,
        summary: 'The XLSX template of a workforce file: Thai column labels, drop-down lists, an example row',
        params: WorkforceImportParams,
        download: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    },
    async (req, reply) => {
      assertCanImportWorkforce(requireActor(req));
      const { importTemplate } = await import('../../../exports/workforce/import-template');
      const kind = req.params.kind;
      const thai = { people: 'บุคลากร', positions: 'ตำแหน่ง', history: 'ประวัติการดำรงตำแหน่ง' }[kind];
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="workforce-${kind}.xlsx"; filename*=UTF-8''${encodeURIComponent(`แม่แบบ${thai}.xlsx`)}`,
        )
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(await importTemplate(kind));
    },
  );
}
