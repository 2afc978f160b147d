/** Maps every error to the one JSON error shape; only a real fault becomes a 500, and it is logged without the body. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from '@fastify/type-provider-zod';
import type { FieldIssue } from '../../shared/messages';
import { isStorageFullError } from '../db/storage-full';
import { isUnavailableError } from '../db/unavailable';
import { AppError, HTTP_STATUS } from '../errors';

const GENERIC_TH: Record<string, string> = {
  invalid_type: 'ชนิดข้อมูลไม่ถูกต้องหรือไม่ได้กรอก',
  too_small: 'ค่าน้อยหรือสั้นเกินไป',
  too_big: 'ค่ามากหรือยาวเกินไป',
  invalid_format: 'รูปแบบไม่ถูกต้อง',
  invalid_value: 'ไม่ใช่ค่าที่เลือกได้',
  unrecognized_keys: 'มีช่องข้อมูลที่ไม่รู้จัก',
  not_multiple_of: 'ค่าไม่ถูกต้อง',
  invalid_union: 'ค่าไม่ถูกต้อง',
};

/** Our schema messages read "ไทย | English"; zod's own defaults are English and get a Thai gloss by code. */
export function bilingualMessage(message: string, code: string): { th: string; en: string } {
  const [th, en] = message.split(' | ');
  if (en !== undefined && th !== undefined) return { th, en };
  return { th: GENERIC_TH[code] ?? 'ข้อมูลไม่ถูกต้อง', en: message };
}

export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    return reply.code(HTTP_STATUS[err.code]).send(err.toBody());
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues: FieldIssue[] = err.validation.map((v) => ({
      field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || (err.validationContext ?? 'body'),
      ...bilingualMessage(v.message ?? 'invalid', v.keyword),
    }));
    return reply
      .code(400)
      .send(
        new AppError('invalid_input', { th: 'ข้อมูลไม่ถูกต้อง', en: 'The input is not valid' }, issues).toBody(),
      );
  }
  const status = err.statusCode ?? 500;
  if (status === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE' || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply
      .code(413)
      .send(
        new AppError('too_large', { th: 'ไฟล์หรือข้อมูลใหญ่เกินกำหนด', en: 'The upload is too large' }).toBody(),
      );
  }
  if (status >= 400 && status < 500) {
    // Fastify's own client errors: malformed JSON, wrong content type, …
    return reply
      .code(status)
      .send(new AppError('invalid_input', { th: 'คำขอไม่ถูกต้อง', en: err.message }).toBody());
  }
  if (isDatabaseUnavailable(err)) {
    request.log.warn({ code: (err as { code?: string }).code }, 'database unavailable');
    return reply.code(503).send(
      new AppError('unavailable', {
        th: 'ระบบฐานข้อมูลไม่พร้อมชั่วคราว กรุณาลองใหม่',
        en: 'The database is briefly unavailable; try again',
      }).toBody(),
    );
  }
  if (isStorageFullError(err)) {
    // Loud and once: the operator must free space. The code only (a message may quote the row's values).
    request.log.error(
      { storageFull: true, code: (err as { code?: unknown }).code ?? err.name },
      'STORAGE FULL: the disk of the database is full; free space or grow the volume (tell the operator)',
    );
    return reply.code(503).send(
      new AppError('unavailable', {
        th: 'พื้นที่จัดเก็บข้อมูลเต็ม บันทึกไม่ได้ กรุณาแจ้งผู้ดูแลเซิร์ฟเวอร์',
        en: 'Storage is full, nothing was saved: tell the operator',
      }).toBody(),
    );
  }
  request.log.error({ err: { message: err.message, stack: err.stack, code: err.code } }, 'unexpected error');
  return reply
    .code(500)
    .send(new AppError('internal', { th: 'เกิดข้อผิดพลาดในระบบ', en: 'Internal error' }).toBody());
}

/** Lost, refused or not-yet-ready database connections (the list: src/server/db/unavailable.ts). */
function isDatabaseUnavailable(err: unknown): boolean {
  return isUnavailableError(err);
}
