/**
 * Writes the agencies (with their names) and the users, appending the audit rows the app would have
 * recorded for creating them; returns the ids the rest of the dataset refers to.
 */
import type { Queryable } from '../db/database';
import type { AuditEntry } from '../repositories/audit';
import { insertRows } from './insert-rows';
import type { UnitRow, UserRow } from './organisation';

export async function writeUnits(
  tx: Queryable,
  units: readonly UnitRow[],
  audits: AuditEntry[],
): Promise<Map<string, number>> {
  const unitRows = await insertRows<{ id: number; code: string }>(
    tx,
    'org_unit',
    [
      ['code', 'text', units.map((u) => u.code)],
      ['name', 'text', units.map((u) => u.name)],
      ['kind', 'text', units.map((u) => u.kind)],
    ],
    'id, code',
  );
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
  await insertRows(tx, 'org_unit_name', [
    ['unit_id', 'int', units.map((u) => unitId.get(u.code))],
    ['name', 'text', units.map((u) => u.name)],
  ]);
  for (const u of units)
    audits.push({
      action: 'create',
      entity: 'org_unit',
      entityId: unitId.get(u.code)!,
      after: { code: u.code, name: u.name, kind: u.kind },
    });
  return unitId;
}

/** Users: one password hash for all (argon2 takes ~0.1 s a hash). */
export async function writeUsers(
  tx: Queryable,
  users: readonly UserRow[],
  unitId: ReadonlyMap<string, number>,
  passwordHash: string,
  audits: AuditEntry[],
): Promise<Map<string, number>> {
  const userRows = await insertRows<{ id: number; username: string }>(
    tx,
    'app_user',
    [
      ['username', 'text', users.map((u) => u.username)],
      ['display_name', 'text', users.map((u) => u.displayName)],
      ['email', 'text', users.map((u) => u.email)],
      ['password_hash', 'text', users.map(() => passwordHash)],
      ['role', 'text', users.map((u) => u.role)],
      ['unit_id', 'int', users.map((u) => (u.unitCode ? unitId.get(u.unitCode) : null))],
    ],
    'id, username',
  );
  const userId = new Map(userRows.map((u) => [u.username, u.id]));
  for (const u of users)
    audits.push({
      action: 'create',
      entity: 'app_user',
      entityId: userId.get(u.username)!,
      after: {
        username: u.username,
        displayName: u.displayName,
        email: u.email,
        role: u.role,
        unitId: u.unitCode ? unitId.get(u.unitCode) : null,
      },
    });
  return userId;
}
