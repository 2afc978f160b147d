/**
 * What a file attached to an assignment's progress may be (issue 13, item 2): PDF, DOCX, XLSX, PNG or JPEG
 * by content (the kernel's sniffFile: src/domain/attachment-file.ts), its name sanitised. Pure: no I/O.
 */
import { FILE_TYPES, sniffFile, type FileMediaType } from '../attachment-file';

export { isZip, sanitizeFileName } from '../attachment-file';

const COMMITTEE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
] as const satisfies readonly FileMediaType[];
export type AttachmentMediaType = (typeof COMMITTEE_TYPES)[number];
export const ATTACHMENT_MEDIA_TYPES = [...COMMITTEE_TYPES] as [AttachmentMediaType, ...AttachmentMediaType[]];
export const ATTACHMENT_TYPES = Object.fromEntries(COMMITTEE_TYPES.map((t) => [t, FILE_TYPES[t]])) as {
  [K in AttachmentMediaType]: (typeof FILE_TYPES)[K];
};

/** The type by content when it is one the committee takes (migration 0021), else null. */
export function sniffAttachment(
  bytes: Uint8Array,
  zipNames: readonly string[] | null,
): AttachmentMediaType | null {
  const type = sniffFile(bytes, zipNames);
  return type !== null && (COMMITTEE_TYPES as readonly string[]).includes(type)
    ? (type as AttachmentMediaType)
    : null;
}

/** Files are added to or removed from an assignment by the assigned unit only, and only until it is closed. */
export function mayChangeAttachments(
  assignment: { state: string; unitId: number },
  actorUnitId: number | null,
): { refused: false } | { refused: true; code: 'closed' | 'other_unit'; th: string; en: string } {
  if (actorUnitId !== assignment.unitId)
    return {
      refused: true,
      code: 'other_unit',
      th: 'แนบหรือลบไฟล์ได้เฉพาะเรื่องที่มอบหมายให้หน่วยงานของท่าน',
      en: 'Only the assigned unit adds or removes files on this assignment',
    };
  if (assignment.state === 'closed')
    return {
      refused: true,
      code: 'closed',
      th: 'เรื่องนี้ปิดแล้ว แนบหรือลบไฟล์ไม่ได้',
      en: 'This assignment is closed: its files can no longer change',
    };
  return { refused: false };
}
