/** Limits shared by the web forms and the server, so both refuse the same things. */
export const LIMITS = {
  uploadBytes: 10 * 1024 * 1024,
  importRows: 100_000,
  nameLength: 500,
  textLength: 4_000,
  codeLength: 40,
  pageSize: 200,
} as const;

export const ROLES = ['admin', 'focal_point', 'approver', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
