import { z } from 'zod';
import { ROLES } from '../limits';
import { bi, CodedRef } from './common';

export const LoginRequest = z.object({
  username: z.string().trim().min(1, bi('กรุณากรอกชื่อผู้ใช้', 'enter your username')).max(100),
  password: z.string().min(1, bi('กรุณากรอกรหัสผ่าน', 'enter your password')).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const CurrentUser = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unit: CodedRef.nullable(),
  /** Set by an admin's new account or password reset: every route but the change answers 403 until then. */
  mustChangePassword: z.boolean(),
});
export type CurrentUser = z.infer<typeof CurrentUser>;
