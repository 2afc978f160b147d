/**
 * What the attachment lists show of a file, pure: its size in the reader's units ("1.5 เมกะไบต์",
 * "1.5 MB"), its type's short label, its upload time (Bangkok time as the API sends it) in พ.ศ., and the
 * file input's `accept` for a module's types.
 */
import { FILE_TYPES, type FileMediaType } from '../../../domain/attachment-file';
import type { MessageKey } from '../i18n/dictionary.th';

/** The dictionary's t() (I18nProvider's Translate). */
type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
/** The parts of the page's formatter (useFormat's Formatter) these use. */
interface Fmt {
  number: (value: number | string, maxDecimals?: number) => string;
  date: (isoDate: string) => string;
  digits: (text: string | number) => string;
}

/** Bytes as the reader counts them: under 1 KB in bytes, under 1 MB in KB (whole), else MB (one decimal). */
export function fileSizeText(bytes: number, fmt: Fmt, t: Translate): string {
  if (bytes < 1024) return t('attachments.bytes', { n: fmt.number(bytes, 0) });
  if (bytes < 1024 * 1024) return t('attachments.kb', { n: fmt.number(Math.round(bytes / 1024), 0) });
  return t('attachments.mb', { n: fmt.number(Math.round((bytes / 1024 / 1024) * 10) / 10, 1) });
}

/** "PDF", "DOCX" …; a type the kernel does not know is shown as sent. */
export const typeLabel = (mediaType: string): string =>
  (FILE_TYPES as Record<string, { label: string }>)[mediaType]?.label ?? mediaType;

/** "YYYY-MM-DDTHH:MM:SS" (Bangkok time, no zone) → "7 ธันวาคม 2569 เวลา 14:05 น.". */
export function uploadedAtText(uploadedAt: string, fmt: Fmt, t: Translate): string {
  return t('attachments.time', {
    date: fmt.date(uploadedAt.slice(0, 10)),
    time: fmt.digits(uploadedAt.slice(11, 16)),
  });
}

/** The file input's accept list: each type's extensions and media type (the server still sniffs the content). */
export function acceptFor(types: readonly FileMediaType[]): string {
  return types
    .flatMap((type) => {
      const ext = FILE_TYPES[type].ext;
      return [`.${ext}`, ...(ext === 'jpg' ? ['.jpeg'] : []), type];
    })
    .join(',');
}

/** "PDF, DOCX, XLSX" for a hint. */
export const typeLabels = (types: readonly FileMediaType[]): string =>
  types.map((type) => FILE_TYPES[type].label).join(', ');
