/**
 * What a file attached to an assignment's progress may be (issue 13, item 2): its type is decided by its
 * content (the first bytes; for DOCX/XLSX, the parts its ZIP directory names), never by its name or the
 * type the browser declared; its name is kept only after sanitising. Pure: no I/O.
 */
export const ATTACHMENT_TYPES = {
  'application/pdf': { label: 'PDF', ext: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', ext: 'docx' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'XLSX', ext: 'xlsx' },
  'image/png': { label: 'PNG', ext: 'png' },
  'image/jpeg': { label: 'JPEG', ext: 'jpg' },
} as const;
export type AttachmentMediaType = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_MEDIA_TYPES = Object.keys(ATTACHMENT_TYPES) as [
  AttachmentMediaType,
  ...AttachmentMediaType[],
];

const starts = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export const isZip = (bytes: Uint8Array) => starts(bytes, ZIP);

/**
 * The media type of a file by its content, or null when it is none of the allowed ones. `zipNames` are the
 * entry names of a ZIP's central directory (null: not a readable ZIP): a DOCX holds word/document.xml, an
 * XLSX xl/workbook.xml, and both [Content_Types].xml.
 */
export function sniffAttachment(
  bytes: Uint8Array,
  zipNames: readonly string[] | null,
): AttachmentMediaType | null {
  if (starts(bytes, PDF)) return 'application/pdf';
  if (starts(bytes, PNG)) return 'image/png';
  if (starts(bytes, JPEG)) return 'image/jpeg';
  if (!isZip(bytes) || !zipNames || !zipNames.includes('[Content_Types].xml')) return null;
  if (zipNames.includes('word/document.xml'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (zipNames.includes('xl/workbook.xml'))
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return null;
}

/**
 * A file name safe to keep and to send back: the last path segment only, no control or reserved characters
 * (/ \ : * ? " < > |), no leading dots, spaces collapsed, Unicode NFC (Thai kept), at most `max` characters
 * with the extension kept; the extension made the one of its sniffed type when it was another or none.
 */
export function sanitizeFileName(raw: string, type: AttachmentMediaType, max = 200): string {
  const ext = ATTACHMENT_TYPES[type].ext;
  const last = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = last
    // eslint-disable-next-line no-control-regex -- control and bidi characters are what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const dot = name.lastIndexOf('.');
  const given = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const same = given === ext || (type === 'image/jpeg' && given === 'jpeg');
  let stem = dot > 0 ? name.slice(0, dot) : name;
  stem = stem.replace(/[.\s]+$/, '');
  if (stem === '') stem = 'file';
  const suffix = same ? given : ext;
  name = `${[...stem].slice(0, max - suffix.length - 1).join('')}.${suffix}`;
  return name;
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
