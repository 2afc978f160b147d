/** Limits shared by the web forms and the server, so both refuse the same things. */
export const LIMITS = {
  uploadBytes: 10 * 1024 * 1024,
  /** Rows of data in one imported file (the header not counted). */
  importRows: 100_000,
  /** Cells in one row of an imported file (CSV fields; XLSX cells holding a value). */
  importCellsPerRow: 1_000,
  /** Issues listed in one refusal; the rest are counted ("… and 1,234 more"). */
  issuesListed: 1_000,
  /** Bytes an XLSX may inflate to, all the parts read together (a 10 MB workbook is rarely over 150 MB). */
  importUnzippedBytes: 256 * 1024 * 1024,
  /** Seconds reading one uploaded file may take before it is refused. */
  importReadSeconds: 20,
  /**
   * Workforce files (docs/api.md, "Workforce imports") are read a batch of rows at a time, never whole: the
   * upload is kept on disk, a CSV streamed from it; an XLSX (compressed) is held while its sheet streams.
   * The bytes follow the rows: the whole BMA's history (1,001,497 rows at bench scale 100) is a 304 MB CSV, so
   * 1,100,000 rows with longer Thai titles need room beyond that; 600 MB on disk, never in memory.
   */
  workforceUploadBytes: 600 * 1024 * 1024,
  workforceXlsxBytes: 100 * 1024 * 1024,
  workforceUnzippedBytes: 2_048 * 1024 * 1024,
  workforceImportRows: { people: 150_000, positions: 150_000, history: 1_100_000 },
  workforceImportSeconds: 1_200,
  /** Development files (docs/api.md, "Development imports"), streamed as the workforce files are. */
  developmentImportRows: { plan: 100_000, records: 2_100_000, 'digital-skills': 1_000_000 },
  /** Files attached to a committee assignment's progress (migration 0021): bytes each, files per entry. */
  attachmentBytes: 10 * 1024 * 1024,
  attachmentsPerEntry: 5,
  /** Evidence on one monitoring report month or one problem (migration 0029). */
  monitoringAttachmentsPerItem: 10,
  /** Characters of an attached file's name, as kept after sanitising (extension included). */
  attachmentNameLength: 200,
  nameLength: 500,
  textLength: 4_000,
  codeLength: 40,
  pageSize: 200,
} as const;

/** staff: a person signed in, linked to their person record; sees that record and nothing else. */
export const ROLES = ['admin', 'focal_point', 'approver', 'viewer', 'staff'] as const;
export type Role = (typeof ROLES)[number];
