/**
 * What an attached file may be (kernel: the committee's progress files, issue 13 item 2, and monitoring's
 * report and problem evidence, issue 14 item 8): its type is decided by its content (the first bytes; for
 * Office files, the parts its ZIP directory names), never by its name or the type the browser declared; its
 * name is kept only after sanitising. Each module chooses which of these types it accepts. Pure: no I/O.
 */
export const FILE_TYPES = {
  'application/pdf': { label: 'PDF', ext: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', ext: 'docx' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'XLSX', ext: 'xlsx' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { label: 'PPTX', ext: 'pptx' },
  'image/png': { label: 'PNG', ext: 'png' },
  'image/jpeg': { label: 'JPEG', ext: 'jpg' },
} as const;
export type FileMediaType = keyof typeof FILE_TYPES;
export const FILE_MEDIA_TYPES = Object.keys(FILE_TYPES) as [FileMediaType, ...FileMediaType[]];

const starts = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export const isZip = (bytes: Uint8Array) => starts(bytes, ZIP);

/**
 * The media type of a file by its content, or null when it is none of FILE_TYPES. `zipNames` are the entry
 * names of a ZIP's central directory (null: not a readable ZIP): a DOCX holds word/document.xml, an XLSX
 * xl/workbook.xml, a PPTX ppt/presentation.xml, and each [Content_Types].xml.
 */
export function sniffFile(bytes: Uint8Array, zipNames: readonly string[] | null): FileMediaType | null {
  if (starts(bytes, PDF)) return 'application/pdf';
  if (starts(bytes, PNG)) return 'image/png';
  if (starts(bytes, JPEG)) return 'image/jpeg';
  if (!isZip(bytes) || !zipNames || !zipNames.includes('[Content_Types].xml')) return null;
  if (zipNames.includes('word/document.xml'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (zipNames.includes('xl/workbook.xml'))
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (zipNames.includes('ppt/presentation.xml'))
    return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return null;
}

/**
 * A file name safe to keep and to send back: the last path segment only, no control or reserved characters
 * (/ \ : * ? " < > |), no leading dots, spaces collapsed, Unicode NFC (Thai kept), at most `max` characters
 * with the extension kept; the extension made the one of its sniffed type when it was another or none.
 */
export function sanitizeFileName(raw: string, type: FileMediaType, max = 200): string {
  const ext = FILE_TYPES[type].ext;
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
