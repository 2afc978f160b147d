/**
 * Files attached to an assignment's progress (issue 13, item 2): upload (multipart, each `file` part read
 * into a buffer bounded by LIMITS.attachmentBytes, at most LIMITS.attachmentsPerEntry parts), download
 * (as an attachment, never rendered inline) and removal. Who may: src/use-cases/committee/attachment-files.ts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AssignmentDetail, ProgressCreate } from '../../../../shared/api/committee';
import { IdParam } from '../../../../shared/api/common';
import { LIMITS } from '../../../../shared/limits';
import { invalidInput } from '../../../errors';
import { downloadAttachment, removeAttachment } from '../../../use-cases/committee/attachment-files';
import {
  tooLarge,
  uploadAttachments,
  type UploadedFile,
} from '../../../use-cases/committee/upload-attachments';
import { contentDisposition, sendAttachment } from '../../attachment-download';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const noFile = () =>
  invalidInput([{ field: 'file', th: 'กรุณาเลือกไฟล์ที่จะแนบ', en: 'choose a file to attach' }], {
    th: 'ไม่พบไฟล์ที่อัปโหลด',
    en: 'No file was uploaded',
  });

const tooMany = () => {
  const max = LIMITS.attachmentsPerEntry;
  const th = `แนบได้ไม่เกิน ${max} ไฟล์ต่อการรายงานหนึ่งครั้ง`;
  const en = `At most ${max} files per progress report`;
  return invalidInput([{ field: 'file', th, en }], { th, en });
};

/** The `file` parts and the text fields of a multipart upload, each file bounded in size. */
async function readUpload(req: FastifyRequest) {
  if (!req.isMultipart()) throw noFile();
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  const parts = req.parts({
    limits: {
      fileSize: LIMITS.attachmentBytes,
      files: LIMITS.attachmentsPerEntry,
      fields: 5,
      fieldSize: LIMITS.textLength * 4,
      parts: LIMITS.attachmentsPerEntry + 5,
    },
  });
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated)
          throw invalidInput([{ field: part.fieldname, th: 'ข้อความยาวเกิน', en: 'too long' }]);
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const name = part.filename || 'file';
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(name);
        throw err;
      }
      if (part.file.truncated) throw tooLarge(name);
      files.push({ name, bytes });
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') throw tooMany();
    if (code === 'FST_FIELDS_LIMIT')
      throw invalidInput([{ field: 'file', th: 'ช่องข้อมูลมากเกิน', en: 'too many fields' }]);
    throw err;
  }
  if (files.length === 0) throw noFile();
  // With `text`, the files come with a new progress report (version and proposesClosing as with JSON).
  if (fields.text === undefined) return { files, report: null };
  // With `text`, the files come with a new progress report (version and proposesClosing as with JSON).
  const parsed = ProgressCreate.safeParse({
    text: fields.text,
    proposesClosing: fields.proposesClosing === 'true',
    version: /^\d{1,9}$/.test(fields.version ?? '') ? Number(fields.version) : undefined,
  });
  if (!parsed.success)
    throw invalidInput(
      parsed.error.issues.map((i) => {
        const [th, en] = i.message.includes(' | ') ? i.message.split(' | ') : ['ข้อมูลไม่ถูกต้อง', i.message];
        return { field: i.path.join('.') || 'text', th: th!, en: en! };
      }),
    );
  const report = parsed.data;
  return { files, report };
}

export { contentDisposition };

export function committeeAttachmentRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['committee'];
  r.post(
    '/api/committee/assignments/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Attach files to one’s own unit’s progress: with a new report (text) or onto the latest one',
        description:
          'Multipart: one or more `file` parts (PDF, DOCX, XLSX, PNG or JPEG by content; at most 10 MB each, ' +
          '5 per progress entry) and optionally `text`, `proposesClosing` and `version` to report progress ' +
          'with them in one transaction. 413 `too_large` for a file over 10 MB; 400 naming a file of another ' +
          'type or too many files; 409 when the assignment is closed or has no progress yet.',
        consumes: ['multipart/form-data'],
        params: IdParam,
        response: { 201: AssignmentDetail },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { files, report } = await readUpload(req);
      return reply.code(201).send(await uploadAttachments(db, actor, req.params.id, files, report));
    },
  );
  r.get(
    '/api/committee/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Download an attached file (another unit’s: 404)',
        params: IdParam,
      },
    },
    async (req, reply) => {
      const file = await downloadAttachment(db, requireActor(req), req.params.id);
      return sendAttachment(reply, file);
    },
  );
  r.delete(
    '/api/committee/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Remove an attached file (the uploader’s unit, while the assignment is open)',
        params: IdParam,
        response: { 200: AssignmentDetail },
      },
    },
    async (req) => removeAttachment(db, requireActor(req), req.params.id),
  );
}
