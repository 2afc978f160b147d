import type { CurrentUser, LoginRequest } from '../../shared/api/auth';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import { createSession, findUserByUsername, toCurrentUser } from '../repositories/users';
import { decoyHash, verifyPassword } from './passwords';

const WRONG = new AppError('unauthorized', {
  th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
  en: 'Wrong username or password',
});

export async function signIn(
  db: Database,
  input: LoginRequest,
  sessionHours: number,
): Promise<{ user: CurrentUser; token: string }> {
  const user = await findUserByUsername(db, input.username);
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), input.password);
  if (!user || !ok || !user.active) throw WRONG;
  const token = await createSession(db, user.id, sessionHours);
  return { user: toCurrentUser(user), token };
}
