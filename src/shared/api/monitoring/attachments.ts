/** Evidence on a monthly report or a problem (migration 0029): what the API shows of it (never the bytes). */
import { z } from 'zod';
import { FILE_MEDIA_TYPES } from '../../../domain/attachment-file';
import { PeriodString } from '../common';

export const MonitoringAttachment = z.object({
  id: z.number(),
  fileName: z.string(),
  mediaType: z.enum(FILE_MEDIA_TYPES),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedBy: z.string(),
  /** Bangkok time, YYYY-MM-DDTHH:MM:SS. */
  uploadedAt: z.string(),
});
export type MonitoringAttachment = z.infer<typeof MonitoringAttachment>;

/** The files of one report month or one problem, and whether this user may add or remove files now. */
export const MonitoringAttachmentList = z.object({
  items: z.array(MonitoringAttachment),
  mayChange: z.boolean(),
  /** Why not, when mayChange is false and the user can read them. */
  reason: z.object({ th: z.string(), en: z.string() }).nullable(),
  max: z.number(),
});
export type MonitoringAttachmentList = z.infer<typeof MonitoringAttachmentList>;

export const ReportAttachmentQuery = z.object({ period: PeriodString });
