/**
 * Development imports (formats.md, "Development plan file", "Development records file"): the upload
 * (multipart `file`) is written to a private temporary file and streamed from there, so a 2,000,000-row
 * records file never sits in memory. Admin and the development institute import every row; an agency's
 * focal point its own unit's rows (src/server/policies/development/import-policy.ts).
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  DevelopmentImportParams,
  DevelopmentImportQuery,
  DevelopmentImportResult,
} from '../../../../shared/api/development/imports';
import { LIMITS } from '../../../../shared/limits';
import { AppError } from '../../../errors';
import { importScope } from '../../../use-cases/development/import-run';
import { importDevelopmentPlan } from '../../../use-cases/development/import-plan';
import { importDevelopmentRecords } from '../../../use-cases/development/import-records';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const NO_FILE = () =>
  new AppError('invalid_input', { th: 'ไม่พบไฟล์ที่อัปโหลด', en: 'No file was uploaded' }, [
    { field: 'file', th: 'กรุณาเลือกไฟล์ CSV หรือ XLSX', en: 'choose a CSV or XLSX file' },
  ]);

async function saveUpload(req: FastifyRequest, dir: string): Promise<string> {
  if (!req.isMultipart()) throw NO_FILE();
  const part = await req.file({ limits: { fileSize: LIMITS.workforceUploadBytes, files: 1 } });
  if (!part) throw NO_FILE();
  const path = join(dir, 'upload');
  await pipeline(part.file, createWriteStream(path, { mode: 0o600 }));
  if (part.file.truncated) {
    const mb = LIMITS.workforceUploadBytes / 1024 / 1024;
    throw new AppError('too_large', {
      th: `ไฟล์ใหญ่เกิน ${mb} MB กรุณาแบ่งเป็นไฟล์ย่อย`,
      en: `The file is larger than ${mb} MB: split it into smaller files`,
    });
  }
  return path;
}

export function developmentImportRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  r.post(
    '/api/development/imports/:kind',
    {
      schema: {
        tags: ['development imports'],
        summary:
          'Import a development plan or development records file (admin, the institute, or an agency for its own rows); ?dryRun=true checks and counts only',
        description:
          'Multipart field `file`, CSV or XLSX as formats.md describes. All-or-nothing: any row error is a 400 ' +
          '`invalid_input` listing every error as {row, field, th, en} (the first 1,000, then "… and N more"), ' +
          'and nothing is written. 413 `too_large` beyond the upload, row or time limits; 403 for a viewer, ' +
          "staff or another agency's approver. A dry run does every check and every write, then rolls back.",
        // No `body` schema (the file is read by saveUpload): `consumes` documents the upload (http/openapi.ts).
        consumes: ['multipart/form-data'],
        params: DevelopmentImportParams,
        querystring: DevelopmentImportQuery,
        response: { 200: DevelopmentImportResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await importScope(db, actor); // 403 before the upload is read
      const dir = await mkdtemp(join(tmpdir(), 'tidtam-development-'));
      try {
        const path = await saveUpload(req, dir);
        const run = req.params.kind === 'plan' ? importDevelopmentPlan : importDevelopmentRecords;
        return await run(db, actor, path, { dryRun: req.query.dryRun === 'true' });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
}
