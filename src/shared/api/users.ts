import { z } from 'zod';
import { ROLES } from '../limits';
import { bi, Id, Name } from './common';

export const UserView = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  unit: z.object({ id: z.number(), name: z.string() }).nullable(),
  active: z.boolean(),
  /** The linked person record's number (staff users always have one). */
  personNo: z.string().nullable(),
});
export type UserView = z.infer<typeof UserView>;

/**
 * The single sign-on identity linked to a user (docs/decisions/0007), as the users page shows it: the
 * provider's subject masked (its first characters and "…"), never in full.
 */
export const SsoLinkView = z.object({
  issuer: z.string(),
  subjectHint: z.string(),
  linkedAt: z.string(),
});
export type SsoLinkView = z.infer<typeof SsoLinkView>;

/** A row of the admin's user list: the user and their single sign-on identity (null: none linked). */
export const UserAdminView = UserView.extend({ sso: SsoLinkView.nullable() });
export type UserAdminView = z.infer<typeof UserAdminView>;

/** PUT /api/users/:id/sso: the subject (`sub`) the agency's IT gave for this person at the configured issuer. */
export const SsoLinkInput = z.object({
  subject: z
    .string()
    .trim()
    .min(1, bi('กรอกรหัสผู้ใช้ (subject) จากผู้ให้บริการ SSO', 'enter the subject from the SSO provider'))
    .max(255, bi('รหัสผู้ใช้ (subject) ยาวได้ไม่เกิน 255 ตัวอักษร', 'subject: at most 255 characters')),
});
export type SsoLinkInput = z.infer<typeof SsoLinkInput>;

/** A personnel number as the workforce files give it. */
export const PersonNo = z
  .string()
  .trim()
  .min(1, bi('กรอกเลขประจำตัวบุคลากร', 'enter the personnel number'))
  .max(40, bi('เลขประจำตัวบุคลากรยาวเกินไป', 'personnel number is too long'));

/** PUT /api/users/:id/person: the person the user is (null: none). A staff user must stay linked. */
export const UserPersonInput = z.object({ personNo: PersonNo.nullable() });
export type UserPersonInput = z.infer<typeof UserPersonInput>;

export const Password = z
  .string()
  .min(10, bi('รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร', 'password must be at least 10 characters'))
  .max(200);

export const UserCreate = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9._-]{3,50}$/,
      bi('ชื่อผู้ใช้ใช้ได้เฉพาะ a-z 0-9 . _ - (3–50 ตัว)', 'username: a-z 0-9 . _ - only, 3–50 characters'),
    ),
  displayName: Name,
  email: z.email(bi('อีเมลไม่ถูกต้อง', 'not an e-mail address')).nullable().optional(),
  password: Password,
  role: z.enum(ROLES),
  unitId: Id.nullable().optional(),
  /** The person record (personnel number) the user is; required for the staff role. */
  personNo: PersonNo.nullable().optional(),
});
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z.object({
  displayName: Name.optional(),
  email: z.email(bi('อีเมลไม่ถูกต้อง', 'not an e-mail address')).nullable().optional(),
  role: z.enum(ROLES).optional(),
  unitId: Id.nullable().optional(),
  active: z.boolean().optional(),
  password: Password.optional(),
});
