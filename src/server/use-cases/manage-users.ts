/** The admin's user management. Password hashes never enter the audit trail. */
import type { z } from 'zod';
import type { UserCreate, UserUpdate, UserView } from '../../shared/api/users';
import type { Actor } from '../actor';
import type { Database, Queryable } from '../db/database';
import { conflict, invalidInput, notFound } from '../errors';
import { recordAudit } from '../repositories/audit';
import { updateRecord } from '../repositories/record-update';
import { getUser, plainUser } from '../repositories/user-admin';
import { hashPassword } from './passwords';

/** POST /api/users: creates the user and answers with the row just written (same transaction). */
export function addUser(db: Database, actor: Actor, input: UserCreate): Promise<UserView> {
  return db.transaction(async (tx) =>
    plainUser(await getUser(tx, await createUser(tx, actor, input, { mustChangePassword: true }))),
  );
}

/** PATCH /api/users/:id: edits the user and answers with the row just written (same transaction). */
export function editUser(
  db: Database,
  actor: Actor,
  id: number,
  input: z.infer<typeof UserUpdate>,
): Promise<UserView> {
  return db.transaction(async (tx) => {
    await updateUser(tx, actor, id, input);
    return plainUser(await getUser(tx, id));
  });
}

/** Focal points and approvers act for one existing, open unit. */
async function checkUnitForRole(tx: Queryable, role: string, unitId: number | null | undefined) {
  if ((role === 'focal_point' || role === 'approver') && !unitId) {
    throw invalidInput([
      { field: 'unitId', en: 'focal points and approvers need a unit', th: 'ผู้รับผิดชอบและผู้อนุมัติต้องสังกัดหน่วยงาน' },
    ]);
  }
  if (unitId) {
    const { rows } = await tx.query("select 1 from org_unit where id = $1 and status = 'active'", [unitId]);
    if (rows.length === 0) {
      throw invalidInput([
        { field: 'unitId', en: 'no such open unit', th: 'ไม่พบหน่วยงานนี้ หรือหน่วยงานถูกยุบแล้ว' },
      ]);
    }
  }
}

const STAFF_NEEDS_PERSON = {
  field: 'personNo',
  en: 'a staff user must be linked to a person record (personnel number)',
  th: 'ผู้ใช้ประเภทบุคลากรต้องผูกกับข้อมูลบุคคล (เลขประจำตัวบุคลากร)',
};

/** The id of the person with this personnel number, not yet linked to another user; 400 otherwise. */
export async function personForUser(tx: Queryable, personNo: string, userId: number | null): Promise<number> {
  const { rows } = await tx.query<{ id: number; user_id: number | null }>(
    `select p.id, a.id as user_id from person p left join app_user a on a.person_id = p.id
      where p.person_no = $1`,
    [personNo],
  );
  const row = rows[0];
  if (!row)
    throw invalidInput([
      { field: 'personNo', en: `no person numbered ${personNo}`, th: `ไม่พบบุคคลเลขประจำตัว ${personNo}` },
    ]);
  if (row.user_id !== null && row.user_id !== userId)
    throw conflict({
      th: `บุคคลเลขประจำตัว ${personNo} มีบัญชีผู้ใช้อยู่แล้ว`,
      en: `Person ${personNo} already has a user account`,
    });
  return row.id;
}

/**
 * Creates a user. `mustChangePassword`: the password is one someone else chose (an admin's new account, a
 * generated one the command line printed): until the user picks their own, only that change answers.
 */
export async function createUser(
  tx: Queryable,
  actor: Actor,
  input: UserCreate,
  options: { mustChangePassword: boolean } = { mustChangePassword: false },
): Promise<number> {
  await checkUnitForRole(tx, input.role, input.unitId);
  if (input.role === 'staff' && !input.personNo) throw invalidInput([STAFF_NEEDS_PERSON]);
  const personId = input.personNo ? await personForUser(tx, input.personNo, null) : null;
  const { rows: clash } = await tx.query('select 1 from app_user where username = $1', [input.username]);
  if (clash.length > 0)
    throw conflict({ th: `มีชื่อผู้ใช้ ${input.username} แล้ว`, en: `Username ${input.username} is taken` });
  const { rows } = await tx.query<{ id: number }>(
    `insert into app_user (username, display_name, email, password_hash, role, unit_id, must_change_password,
                           person_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [
      input.username,
      input.displayName,
      input.email ?? null,
      await hashPassword(input.password),
      input.role,
      input.unitId ?? null,
      options.mustChangePassword,
      personId,
    ],
  );
  const id = rows[0]!.id;
  const { password: _password, ...visible } = input;
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'app_user',
    entityId: id,
    after: { ...visible, must_change_password: options.mustChangePassword },
  });
  return id;
}

const LAST_ADMIN = {
  th: 'ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อยหนึ่งคน: ผู้ใช้นี้เป็นผู้ดูแลระบบคนสุดท้าย จึงลดสิทธิ์หรือปิดการใช้งานไม่ได้ (เพิ่มผู้ดูแลระบบคนอื่นก่อน)',
  en: 'There must be at least one active admin: this user is the last one, so they cannot be demoted or deactivated (add another admin first)',
};

/**
 * Edits a user. The last active admin cannot lose the role or be deactivated; a change of role, unit
 * or active ends the user's sessions (they sign in again and see what they may now do); a new password
 * ends them too. The password hash never enters the audit trail.
 */
export async function updateUser(tx: Queryable, actor: Actor, id: number, input: z.infer<typeof UserUpdate>) {
  const { rows } = await tx.query<{
    role: string;
    unit_id: number | null;
    active: boolean;
    person_id: number | null;
  }>('select role, unit_id, active, person_id from app_user where id = $1', [id]);
  const before = rows[0];
  if (!before) throw notFound({ th: 'ผู้ใช้นี้', en: 'This user' });
  if (input.role === 'staff' && before.person_id === null) throw invalidInput([STAFF_NEEDS_PERSON]);
  await checkUnitForRole(
    tx,
    input.role ?? before.role,
    input.unitId === undefined ? before.unit_id : input.unitId,
  );
  const losesAdmin =
    before.role === 'admin' &&
    before.active &&
    ((input.role !== undefined && input.role !== 'admin') || input.active === false);
  if (losesAdmin) {
    // Lock every active admin: two admins demoting each other at once cannot both succeed.
    const { rows: admins } = await tx.query<{ id: number }>(
      "select id from app_user where role = 'admin' and active order by id for update",
    );
    if (admins.every((a) => a.id === id)) throw conflict(LAST_ADMIN);
  }
  await updateRecord(tx, actor, {
    table: 'app_user',
    id,
    what: { th: 'ผู้ใช้นี้', en: 'This user' },
    fields: {
      display_name: input.displayName,
      email: input.email,
      role: input.role,
      unit_id: input.unitId,
      active: input.active,
    },
  });
  const changed = (key: 'role' | 'unit_id' | 'active', value: unknown) =>
    value !== undefined && String(value ?? '') !== String(before[key] ?? '');
  const accessChanged =
    changed('role', input.role) || changed('unit_id', input.unitId) || changed('active', input.active);
  if (input.password) {
    // A password the admin chose: the user must pick their own at the next sign-in.
    await tx.query('update app_user set password_hash = $2, must_change_password = true where id = $1', [
      id,
      await hashPassword(input.password),
    ]);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'app_user',
      entityId: id,
      after: { password: 'changed', must_change_password: true },
    });
  }
  if (accessChanged || input.password) {
    await tx.query('delete from user_session where user_id = $1', [id]);
  }
}
