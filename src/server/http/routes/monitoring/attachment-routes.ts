/**
 * Evidence on a monthly report month or a problem (issue 14, item 8): list, upload (multipart `file`, one
 * file per request through the kernel's withUploadedFile, at most LIMITS.attachmentBytes), download (as an
 * attachment, never inline) and removal. Who may: src/server/use-cases/monitoring/attachments.ts.
 */
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IdParam } from '../../../../shared/api/common';
import {
  MonitoringAttachmentList,
  ReportAttachmentQuery,
} from '../../../../shared/api/monitoring/attachments';
import { LIMITS } from '../../../../shared/limits';
import type { Database } from '../../../db/database';
import { tooLarge } from '../../../use-cases/attached-files';
import {
  downloadMonitoringAttachment,
  listAttachments,
  removeMonitoringAttachment,
  uploadAttachment,
  type AttachmentTarget,
} from '../../../use-cases/monitoring/attachments';
import { sendAttachment } from '../../attachment-download';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';
import { withUploadedFile } from '../../uploaded-file';

const UPLOAD =
  'Multipart: one `file` part (PDF, DOCX, XLSX, PPTX, PNG or JPEG by its content, at most 10 MB; at most 10 ' +
  'files each). 413 `too_large` over 10 MB; 400 naming a file of another type or one too many; 403 for a ' +
  'role or unit that may not change them; 409 when the report is sent or accepted, the month closed, or ' +
  'the problem closed.';

function upload(db: Database, req: FastifyRequest, target: AttachmentTarget) {
  const actor = requireActor(req);
  return withUploadedFile(
    req,
    'evidence',
    async (path, name) => uploadAttachment(db, actor, target, { name, bytes: await readFile(path) }),
    { maxBytes: LIMITS.attachmentBytes, tooLarge: (name) => tooLarge(name) },
  );
}

export function monitoringAttachmentRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['reports'];
  const list = { 200: MonitoringAttachmentList };
  r.get(
    '/api/projects/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Evidence attached to a project’s report for one month',
        params: IdParam,
        querystring: ReportAttachmentQuery,
        response: list,
      },
    },
    async (req) =>
      listAttachments(db, requireActor(req), {
        kind: 'report',
        projectId: req.params.id,
        period: req.query.period,
      }),
  );
  r.post(
    '/api/projects/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Attach a file to a project’s report for one month (while it may be saved)',
        description: UPLOAD,
        consumes: ['multipart/form-data'],
        params: IdParam,
        querystring: ReportAttachmentQuery,
        response: { 201: MonitoringAttachmentList },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await upload(db, req, { kind: 'report', projectId: req.params.id, period: req.query.period })),
  );
  r.get(
    '/api/problems/:id/attachments',
    {
      schema: {
        tags: ['problems'],
        summary: 'Evidence attached to a problem',
        params: IdParam,
        response: list,
      },
    },
    async (req) => listAttachments(db, requireActor(req), { kind: 'problem', problemId: req.params.id }),
  );
  r.post(
    '/api/problems/:id/attachments',
    {
      schema: {
        tags: ['problems'],
        summary: 'Attach a file to a problem (its unit or the centre, until it is closed)',
        description: UPLOAD,
        consumes: ['multipart/form-data'],
        params: IdParam,
        response: { 201: MonitoringAttachmentList },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await upload(db, req, { kind: 'problem', problemId: req.params.id })),
  );
  r.get(
    '/api/monitoring/attachments/:id',
    {
      schema: { tags, summary: 'Download an attached file (another agency’s: 404)', params: IdParam },
    },
    async (req, reply) =>
      sendAttachment(reply, await downloadMonitoringAttachment(db, requireActor(req), req.params.id)),
  );
  r.delete(
    '/api/monitoring/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Remove an attached file (while the report may be saved or the problem is open)',
        params: IdParam,
        response: list,
      },
    },
    async (req) => removeMonitoringAttachment(db, requireActor(req), req.params.id),
  );
}
