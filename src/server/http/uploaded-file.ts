/**
 * A large import's upload (multipart field `file`), written to a private temporary file so that the importer
 * streams it from disk a batch at a time: a 1,000,000-row file never sits in memory. The file is bounded by
 * LIMITS.workforceUploadBytes (413 beyond it) and removed when the work is done, whatever its outcome.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { LIMITS } from '../../shared/limits';
import { AppError } from '../errors';

const NO_FILE = () =>
  new AppError('invalid_input', { th: 'ไม่พบไฟล์ที่อัปโหลด', en: 'No file was uploaded' }, [
    { field: 'file', th: 'กรุณาเลือกไฟล์ CSV หรือ XLSX', en: 'choose a CSV or XLSX file' },
  ]);

const TOO_LARGE = (maxBytes: number) => {
  const mb = maxBytes / 1024 / 1024;
  return new AppError('too_large', {
    th: `ไฟล์ใหญ่เกิน ${mb} MB กรุณาแบ่งเป็นไฟล์ย่อย`,
    en: `The file is larger than ${mb} MB: split it into smaller files`,
  });
};

export interface UploadOptions {
  /** The most bytes the file may have (default LIMITS.workforceUploadBytes); 413 beyond it. */
  maxBytes?: number;
  /** The 413 to answer, given the file's name (default: "split it into smaller files"). */
  tooLarge?: (fileName: string, maxBytes: number) => AppError;
}

/** Writes the multipart `file` to `dir` (readable by this process only); answers its path and given name. */
async function saveUpload(req: FastifyRequest, dir: string, options: UploadOptions) {
  if (!req.isMultipart()) throw NO_FILE();
  const maxBytes = options.maxBytes ?? LIMITS.workforceUploadBytes;
  const part = await req.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part) throw NO_FILE();
  const path = join(dir, 'upload');
  await pipeline(part.file, createWriteStream(path, { mode: 0o600 }));
  const fileName = part.filename || 'file';
  if (part.file.truncated)
    throw options.tooLarge ? options.tooLarge(fileName, maxBytes) : TOO_LARGE(maxBytes);
  return { path, fileName };
}

/** Runs `work` on the uploaded file's path (and the name the browser gave it), then removes the file. */
export async function withUploadedFile<T>(
  req: FastifyRequest,
  prefix: string,
  work: (path: string, fileName: string) => Promise<T>,
  options: UploadOptions = {},
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), `tidtam-${prefix}-`));
  try {
    const saved = await saveUpload(req, dir, options);
    return await work(saved.path, saved.fileName);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
