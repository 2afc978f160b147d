/** Uploads of plan and report files (multipart `file` from the browser, or a raw body from the command line). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ImportResult } from '../../../../shared/api/monitoring/plans';
import { LIMITS } from '../../../../shared/limits';
import { AppError, forbidden } from '../../../errors';
import { canImportPlans, canImportReports } from '../../../policies/monitoring/project-policy';
import { importPlan } from '../../../use-cases/monitoring/import-plan';
import { importReports } from '../../../use-cases/monitoring/import-reports';
import { monitoringTemplate } from '../../../exports/monitoring/import-template';
import { monitoringTemplateLists } from '../../../repositories/monitoring/template';
import type { MonitoringKind } from '../../../import/monitoring/columns';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const ImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false') });

const NO_FILE = new AppError('invalid_input', { th: 'ไม่พบไฟล์ที่อัปโหลด', en: 'No file was uploaded' }, [
  { field: 'file', th: 'กรุณาเลือกไฟล์ CSV หรือ XLSX', en: 'choose a CSV or XLSX file' },
]);

async function uploadedFile(req: FastifyRequest): Promise<Uint8Array> {
  if (req.isMultipart()) {
    const part = await req.file({ limits: { fileSize: LIMITS.uploadBytes, files: 1 } });
    if (!part) throw NO_FILE;
    const data = await part.toBuffer();
    if (part.file.truncated)
      throw new AppError('too_large', { th: 'ไฟล์ใหญ่เกิน 10 MB', en: 'The file is larger than 10 MB' });
    return data;
  }
  if (Buffer.isBuffer(req.body) && req.body.length > 0) return req.body;
  throw NO_FILE;
}

export function importRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  // No `body` schema (the file is read by uploadedFile): `consumes` documents the upload (http/openapi.ts).
  const schema = {
    tags: ['imports'],
    consumes: ['multipart/form-data', 'text/csv', 'application/octet-stream'],
    querystring: ImportQuery,
    response: { 200: ImportResult },
  };
  const plan = {
    ...schema,
    summary: 'Import the plan from a CSV or XLSX file (all or nothing; dryRun=true only checks it)',
  };
  const reports = {
    ...schema,
    summary: 'Import monthly reports from a CSV or XLSX file (all or nothing; dryRun=true only checks it)',
  };
  r.post('/api/imports/plan', { schema: plan }, async (req) => {
    const actor = requireActor(req);
    if (!canImportPlans(actor))
      throw forbidden({ th: 'นำเข้าแผนได้เฉพาะสำนักงาน ก.ก.', en: 'Only the central office imports plans' });
    return importPlan(db, actor, await uploadedFile(req), { dryRun: req.query.dryRun === 'true' });
  });
  r.post('/api/imports/reports', { schema: reports }, async (req) => {
    const actor = requireActor(req);
    if (!canImportReports(actor)) throw forbidden();
    return importReports(db, actor, await uploadedFile(req), { dryRun: req.query.dryRun === 'true' });
  });
  // The files' Excel templates (docs/monitoring-files.md): Thai labels with their keys, drop-down lists.
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const template = (kind: MonitoringKind, thai: string) =>
    r.get(
      `/api/imports/${kind}/template.xlsx`,
      {
        schema: {
          tags: ['imports'],
          summary: `The XLSX template of the ${kind === 'plan' ? 'plan' : 'monthly report'} file: Thai column labels, drop-down lists`,
          description:
            kind === 'plan'
              ? 'Admin only (who imports plans): the responsible agency as a list of the active agencies.'
              : 'Admin and focal points (who import reports): lists of the plans, the current plan’s projects ' +
                '(a focal point’s: its unit’s) and the Thai statuses; the import reads the Thai labels as column keys.',
          download: XLSX,
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        if (!(kind === 'plan' ? canImportPlans(actor) : canImportReports(actor))) throw forbidden();
        const lists = await monitoringTemplateLists(db, actor.role === 'admin' ? null : actor.unitId);
        return reply
          .header('content-type', XLSX)
          .header(
            'content-disposition',
            `attachment; filename="${kind}-template.xlsx"; filename*=UTF-8''${encodeURIComponent(`แม่แบบ${thai}.xlsx`)}`,
          )
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff')
          .send(await monitoringTemplate(kind, lists));
      },
    );
  template('plan', 'แผน');
  template('reports', 'รายงานประจำเดือน');
}
