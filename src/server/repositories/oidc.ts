/**
 * Single sign-on (docs/decisions/0007): identities of the OpenID provider linked to tidtam users, and
 * the sign-ins under way (PKCE verifier and nonce kept here, keyed by the state's SHA-256).
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';

const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

export async function saveLoginState(
  db: Queryable,
  entry: { state: string; codeVerifier: string; nonce: string; minutes: number },
): Promise<void> {
  // Sweeps what nobody came back for, so the table holds only sign-ins under way.
  await db.query('delete from oidc_login_state where expires_at <= now()');
  await db.query(
    `insert into oidc_login_state (state_hash, code_verifier, nonce, expires_at)
     values ($1, $2, $3, now() + make_interval(mins => $4))`,
    [hashState(entry.state), entry.codeVerifier, entry.nonce, entry.minutes],
  );
}

/** Takes (and so deletes: single use) the sign-in under way for this state, if it has not expired. */
export async function takeLoginState(
  db: Queryable,
  state: string,
): Promise<{ codeVerifier: string; nonce: string } | null> {
  const { rows } = await db.query<{ code_verifier: string; nonce: string; live: boolean }>(
    `delete from oidc_login_state where state_hash = $1
     returning code_verifier, nonce, expires_at > now() as live`,
    [hashState(state)],
  );
  const row = rows[0];
  return row?.live ? { codeVerifier: row.code_verifier, nonce: row.nonce } : null;
}

/** The username linked to this identity of the provider, or null. */
export async function linkedUsername(db: Queryable, issuer: string, subject: string): Promise<string | null> {
  const { rows } = await db.query<{ username: string }>(
    `select a.username from user_oidc_identity i join app_user a on a.id = i.user_id
      where i.issuer = $1 and i.subject = $2`,
    [issuer, subject],
  );
  return rows[0]?.username ?? null;
}

/** Links an identity to a user; returns the user it was linked to before, if any (for the audit row). */
export async function linkIdentity(
  tx: Queryable,
  link: { issuer: string; subject: string; userId: number },
): Promise<number | null> {
  const { rows: before } = await tx.query<{ user_id: number }>(
    'select user_id from user_oidc_identity where issuer = $1 and subject = $2 for update',
    [link.issuer, link.subject],
  );
  await tx.query(
    `insert into user_oidc_identity (issuer, subject, user_id) values ($1, $2, $3)
     on conflict (issuer, subject) do update set user_id = excluded.user_id, created_at = now()`,
    [link.issuer, link.subject, link.userId],
  );
  return before[0]?.user_id ?? null;
}

/** A subject as the users page shows it: its first characters (at most 4, at most half of it) and "…". */
export const maskSubject = (subject: string) =>
  `${subject.slice(0, Math.min(4, Math.floor(subject.length / 2)))}…`;

/** The user this identity is linked to, or null; the row stays locked until the caller's transaction ends. */
export async function identityOwner(tx: Queryable, issuer: string, subject: string): Promise<number | null> {
  const { rows } = await tx.query<{ user_id: number }>(
    'select user_id from user_oidc_identity where issuer = $1 and subject = $2 for update',
    [issuer, subject],
  );
  return rows[0]?.user_id ?? null;
}

/**
 * Makes (issuer, subject) the user's one identity at that issuer (the caller checked that nobody else
 * holds it); returns the subjects it replaced there, for the audit row.
 */
export async function replaceUserIdentity(
  tx: Queryable,
  link: { issuer: string; subject: string; userId: number },
): Promise<string[]> {
  const { rows } = await tx.query<{ subject: string }>(
    `delete from user_oidc_identity where user_id = $1 and issuer = $2 and subject <> $3
     returning subject`,
    [link.userId, link.issuer, link.subject],
  );
  await tx.query(
    `insert into user_oidc_identity (issuer, subject, user_id) values ($1, $2, $3)
     on conflict (issuer, subject) do nothing`,
    [link.issuer, link.subject, link.userId],
  );
  return rows.map((r) => r.subject).sort();
}

/** Removes every identity linked to the user, at any issuer; returns them, for the audit row. */
export async function unlinkUserIdentities(
  tx: Queryable,
  userId: number,
): Promise<{ issuer: string; subject: string }[]> {
  const { rows } = await tx.query<{ issuer: string; subject: string }>(
    'delete from user_oidc_identity where user_id = $1 returning issuer, subject',
    [userId],
  );
  return rows.sort((a, b) => a.issuer.localeCompare(b.issuer) || a.subject.localeCompare(b.subject));
}
