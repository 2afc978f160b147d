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
});
export type UserView = z.infer<typeof UserView>;

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
