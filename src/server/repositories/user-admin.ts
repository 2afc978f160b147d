/**
 * Users as the admin's users page shows them: one row each, with the single sign-on identity linked to
 * them (docs/decisions/0007), its subject masked. Password hashes are never selected here.
 */
import type { UserAdminView, UserView } from '../../shared/api/users';
import type { Queryable } from '../db/database';
import { notFound } from '../errors';
import { maskSubject } from './oidc';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  email: string | null;
  role: UserView['role'];
  unit_id: number | null;
  unit_name: string | null;
  active: boolean;
  person_no: string | null;
  issuer: string | null;
  subject: string | null;
  linked_at: Date | string | null;
}

// The latest link stands for the user's identity: the page keeps one per user, but the command line
// (`user link-oidc`) may have added others, and a changed TIDTAM_OIDC_ISSUER leaves the old ones behind.
const SELECT_USERS = `
  select a.id, a.username, a.display_name, a.email, a.role, a.unit_id, u.name as unit_name, a.active, pe.person_no,
         i.issuer, i.subject, i.created_at as linked_at
    from app_user a
    left join org_unit u on u.id = a.unit_id
    left join person pe on pe.id = a.person_id
    left join lateral (select issuer, subject, created_at from user_oidc_identity
                        where user_id = a.id order by created_at desc, subject limit 1) i on true`;

const toView = (u: UserRow): UserAdminView => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  email: u.email,
  role: u.role,
  unit: u.unit_id === null ? null : { id: u.unit_id, name: u.unit_name! },
  active: u.active,
  personNo: u.person_no,
  sso:
    u.subject === null
      ? null
      : {
          issuer: u.issuer!,
          subjectHint: maskSubject(u.subject),
          linkedAt: new Date(u.linked_at!).toISOString(),
        },
});

export async function listUsers(db: Queryable): Promise<UserAdminView[]> {
  const { rows } = await db.query<UserRow>(`${SELECT_USERS} order by a.username`);
  return rows.map(toView);
}

/** One user, read alone (after a change: the row just written, in the same transaction). */
export async function getUser(db: Queryable, id: number): Promise<UserAdminView> {
  const { rows } = await db.query<UserRow>(`${SELECT_USERS} where a.id = $1`, [id]);
  if (!rows[0]) throw notFound({ th: 'ผู้ใช้นี้', en: 'This user' });
  return toView(rows[0]);
}

/** The user without the single sign-on column (what POST and PATCH /api/users answer). */
export function plainUser({ sso: _sso, ...user }: UserAdminView): UserView {
  return user;
}

/** Locks the user's row for the caller's transaction; 404 when there is none. */
export async function lockUser(
  tx: Queryable,
  id: number,
): Promise<{ id: number; username: string; active: boolean }> {
  const { rows } = await tx.query<{ id: number; username: string; active: boolean }>(
    'select id, username, active from app_user where id = $1 for update',
    [id],
  );
  if (!rows[0]) throw notFound({ th: 'ผู้ใช้นี้', en: 'This user' });
  return rows[0];
}
