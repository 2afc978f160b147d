/**
 * bin/tidtam user link-oidc --username NAME --subject SUB: links the agency provider's identity SUB
 * (the `sub` claim, issuer TIDTAM_OIDC_ISSUER) to a tidtam user, so that person can use single sign-on.
 */
import { OPERATOR } from '../../server/actor';
import type { Env } from '../../server/config/env';
import { linkSsoIdentity } from '../../server/use-cases/link-sso';
import type { Backend } from '../backend';
import { UsageError } from '../usage';

export async function userLinkOidcCommand(
  backend: Backend,
  env: Env,
  options: { username?: string | undefined; subject?: string | undefined },
) {
  if (!options.username || !options.subject)
    throw new UsageError('usage: tidtam user link-oidc --username NAME --subject SUB');
  if (!env.TIDTAM_OIDC_ISSUER)
    throw new UsageError('set TIDTAM_OIDC_ISSUER (and the other TIDTAM_OIDC_* settings) first');
  const db = backend.db;
  // Like `user create`: with PGlite the running server holds the files (docs/decisions/0007).
  if (!db) throw new UsageError('the server is running: stop it first, then link the account');
  const { movedFrom } = await linkSsoIdentity(db, OPERATOR, {
    username: options.username,
    issuer: env.TIDTAM_OIDC_ISSUER,
    subject: options.subject,
  });
  console.log(
    `linked ${options.subject} at ${env.TIDTAM_OIDC_ISSUER} to ${options.username.trim().toLowerCase()}` +
      (movedFrom === null ? '' : ' (it was linked to another user before)'),
  );
}
