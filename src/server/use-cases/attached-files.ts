/**
 * Checking uploaded files before anything is written (kernel: the committee's progress files and
 * monitoring's evidence): each file's type by its content (domain: sniffFile, narrowed to the types the
 * module takes), its size, its name sanitised, its SHA-256 computed. A refusal names every file that is not
 * allowed, in Thai and English.
 */
import { createHash } from 'node:crypto';
import {
  FILE_TYPES,
  isZip,
  sanitizeFileName,
  sniffFile,
  type FileMediaType,
} from '../../domain/attachment-file';
import { LIMITS } from '../../shared/limits';
import { AppError, invalidInput } from '../errors';
import { zipEntries } from '../import/zip-entries';

export interface UploadedFile {
  /** The name the browser sent (unsanitised). */
  name: string;
  bytes: Uint8Array;
}

export interface CheckedFile {
  fileName: string;
  mediaType: FileMediaType;
  bytes: Uint8Array;
  sha256: string;
}

export const tooLarge = (name: string) => {
  const mb = LIMITS.attachmentBytes / 1024 / 1024;
  const th = `ไฟล์ "${name}" ใหญ่เกิน ${mb} MB`;
  const en = `The file "${name}" is larger than ${mb} MB`;
  return new AppError('too_large', { th, en }, [{ field: 'files', th, en }]);
};

function zipNames(bytes: Uint8Array): string[] | null {
  if (!isZip(bytes)) return null;
  try {
    return [...zipEntries(bytes).keys()];
  } catch {
    return null;
  }
}

/** Every file checked against `allowed` (the module's types); throws before anything is written. */
export function checkUploadedFiles(
  files: readonly UploadedFile[],
  allowed: readonly FileMediaType[],
  field = 'files',
): CheckedFile[] {
  if (files.length === 0)
    throw invalidInput([{ field, th: 'กรุณาเลือกไฟล์ที่จะแนบ', en: 'choose a file to attach' }]);
  const labels = allowed.map((t) => FILE_TYPES[t].label).join(', ');
  const issues = [];
  const out: CheckedFile[] = [];
  for (const f of files) {
    if (f.bytes.length > LIMITS.attachmentBytes) throw tooLarge(f.name);
    const sniffed = f.bytes.length === 0 ? null : sniffFile(f.bytes, zipNames(f.bytes));
    const type = sniffed !== null && allowed.includes(sniffed) ? sniffed : null;
    if (type === null) {
      issues.push({
        field,
        th: `ไฟล์ "${f.name}" ไม่ใช่ไฟล์ประเภทที่แนบได้ (${labels}) ตามเนื้อหาของไฟล์`,
        en: `The file "${f.name}" is not one of the types that may be attached (${labels}) by its content`,
      });
      continue;
    }
    const fileName = sanitizeFileName(f.name, type, LIMITS.attachmentNameLength);
    const sha256 = createHash('sha256').update(f.bytes).digest('hex');
    out.push({ fileName, mediaType: type, bytes: f.bytes, sha256 });
  }
  if (issues.length > 0)
    throw invalidInput(issues, { th: `แนบได้เฉพาะไฟล์ ${labels}`, en: `Only ${labels} files may be attached` });
  return out;
}
