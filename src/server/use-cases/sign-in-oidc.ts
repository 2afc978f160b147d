/**
 * Single sign-on through the agency's OpenID Connect provider (docs/decisions/0007). The provider only
 * says who someone is there (issuer, subject); whether that is a tidtam user, and with which role and
 * unit, is tidtam's own record: an admin links the identity first. Unknown identities are refused and
 * audited; nobody is created. A success starts exactly the session a password sign-in starts.
 */
import { timingSafeEqual } from 'node:crypto';
import type { SsoOutcome } from '../../shared/api/account';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import { recordAudit } from '../repositories/audit';
import { linkedUsername, saveLoginState, takeLoginState } from '../repositories/oidc';
import { findUserByUsername } from '../repositories/users';
import { OidcClient } from '../sso/oidc-client';
import { ANONYMOUS } from './sign-in';
import { startSession } from './start-session';

/** How long a sign-in may take at the provider before its state is no longer accepted. */
export const SSO_STATE_MINUTES = 10;

const BAD_STATE = new AppError('invalid_input', {
  th: 'ลิงก์เข้าสู่ระบบนี้ไม่ถูกต้อง หมดอายุ หรือถูกใช้ไปแล้ว กรุณาเริ่มเข้าสู่ระบบใหม่',
  en: 'This sign-in link is not valid, has expired or was already used; please start signing in again',
});

/** Starts a sign-in: the checks are kept on the server; the browser gets the state (in a cookie) and the URL. */
export async function beginSsoSignIn(db: Database, client: OidcClient): Promise<{ url: URL; state: string }> {
  const checks = OidcClient.newChecks();
  // Discovery first: when the provider is down nothing is stored.
  const url = await client.authorizationUrl(checks);
  await saveLoginState(db, { ...checks, minutes: SSO_STATE_MINUTES });
  return { url, state: checks.state };
}

export type SsoCompletion = { token: string } | { refused: SsoOutcome };

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Completes a sign-in on the provider's redirect. The state must be the one this browser started with
 * (its cookie) and still be stored (single use, SSO_STATE_MINUTES): otherwise 400, nothing else done.
 */
export async function completeSsoSignIn(
  db: Database,
  client: OidcClient,
  input: {
    cookieState: string | undefined;
    query: { state?: string | undefined };
    rawQuery: string;
    previousToken: string | undefined;
    address: string | null;
    sessionHours: number;
  },
): Promise<SsoCompletion> {
  const state = input.query.state;
  if (!state || !input.cookieState || !same(state, input.cookieState)) throw BAD_STATE;
  const stored = await takeLoginState(db, state);
  if (!stored) throw BAD_STATE;
  let identity: { issuer: string; subject: string };
  try {
    identity = await client.identify(input.rawQuery, { state, ...stored });
  } catch (err) {
    // The provider refused or answered wrongly (the user cancelled, a wrong nonce, a bad code).
    const error = err instanceof Error ? err.name : 'error';
    await db.transaction((tx) =>
      recordAudit(tx, ANONYMOUS, {
        action: 'sign_in_refused',
        entity: 'sign_in',
        entityId: 'oidc',
        after: { method: 'oidc', address: input.address, reason: 'provider_error', error },
      }),
    );
    return { refused: 'failed' };
  }
  const username = await linkedUsername(db, identity.issuer, identity.subject);
  const user = username ? await findUserByUsername(db, username) : null;
  if (!user || !user.active) {
    await db.transaction((tx) =>
      recordAudit(tx, ANONYMOUS, {
        action: 'sign_in_refused',
        entity: 'sign_in',
        entityId: user?.username ?? 'oidc',
        after: {
          method: 'oidc',
          ...identity,
          address: input.address,
          reason: user ? 'inactive' : 'not_linked',
        },
      }),
    );
    return { refused: 'not_linked' };
  }
  const token = await startSession(db, user, {
    sessionHours: input.sessionHours,
    previousToken: input.previousToken,
    details: { method: 'oidc', address: input.address, ...identity },
  });
  return { token };
}
