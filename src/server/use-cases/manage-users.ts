/** The admin's user management. Password hashes never enter the audit trail. */
import type { z } from 'zod';
import type { UserCreate, UserUpdate, UserView } from '../../shared/api/users';
import type { Actor } from '../actor';
import type { Queryable } from '../db/database';
import { conflict, invalidInput } from '../errors';
import { recordAudit } from '../repositories/audit';
import { updateRecord } from '../repositories/record-update';
import { hashPassword } from './passwords';

export async function listUsers(db: Queryable): Promise<UserView[]> {
  const { rows } = await db.query<{
    id: number;
    username: string;
    display_name: string;
    email: string | null;
    role: UserView['role'];
    unit_id: number | null;
    unit_name: string | null;
    active: boolean;
  }>(
    `select a.id, a.username, a.display_name, a.email, a.role, a.unit_id, u.name as unit_name, a.active
       from app_user a left join org_unit u on u.id = a.unit_id order by a.username`,
  );
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email,
    role: u.role,
    unit: u.unit_id === null ? null : { id: u.unit_id, name: u.unit_name! },
    active: u.active,
  }));
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

export async function createUser(tx: Queryable, actor: Actor, input: UserCreate): Promise<number> {
  await checkUnitForRole(tx, input.role, input.unitId);
  const { rows: clash } = await tx.query('select 1 from app_user where username = $1', [input.username]);
  if (clash.length > 0)
    throw conflict({ th: `มีชื่อผู้ใช้ ${input.username} แล้ว`, en: `Username ${input.username} is taken` });
  const { rows } = await tx.query<{ id: number }>(
    `insert into app_user (username, display_name, email, password_hash, role, unit_id)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [
      input.username,
      input.displayName,
      input.email ?? null,
      await hashPassword(input.password),
      input.role,
      input.unitId ?? null,
    ],
  );
  const id = rows[0]!.id;
  const { password: _password, ...visible } = input;
  await recordAudit(tx, actor, { action: 'create', entity: 'app_user', entityId: id, after: visible });
  return id;
}

export async function updateUser(tx: Queryable, actor: Actor, id: number, input: z.infer<typeof UserUpdate>) {
  const { rows } = await tx.query<{ role: string; unit_id: number | null }>(
    'select role, unit_id from app_user where id = $1',
    [id],
  );
  if (rows[0])
    await checkUnitForRole(
      tx,
      input.role ?? rows[0].role,
      input.unitId === undefined ? rows[0].unit_id : input.unitId,
    );
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
  if (input.password) {
    await tx.query('update app_user set password_hash = $2 where id = $1', [
      id,
      await hashPassword(input.password),
    ]);
    await tx.query('delete from user_session where user_id = $1', [id]);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'app_user',
      entityId: id,
      after: { password: 'changed' },
    });
  }
}
