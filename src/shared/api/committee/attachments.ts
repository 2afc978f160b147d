/** Files attached to an assignment's progress (migration 0021): what the API shows of them (never the bytes). */
import { z } from 'zod';
import { ATTACHMENT_MEDIA_TYPES } from '../../../domain/committee/attachment-file';

export const AttachmentView = z.object({
  id: z.number(),
  /** The progress entry that brought it. */
  progressId: z.number(),
  fileName: z.string(),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedBy: z.string(),
  /** Bangkok time, YYYY-MM-DDTHH:MM:SS. */
  uploadedAt: z.string(),
  /** The uploader's unit may still remove it (the assignment is not closed). */
  removable: z.boolean(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;
