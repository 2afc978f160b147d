/**
 * bin/tidtam user unlink-oidc --username NAME: removes every single sign-on identity linked to a tidtam
 * user (docs/decisions/0007), so the provider's next sign-in for them is refused. The admin users page
 * does the same (DELETE /api/users/:id/sso).
 */
import { OPERATOR } from '../../server/actor';
import { invalidInput } from '../../server/errors';
import { findUserByUsername } from '../../server/repositories/users';
import { unlinkUserSso } from '../../server/use-cases/unlink-sso';
import type { Backend } from '../backend';
import { UsageError } from '../usage';

export async function userUnlinkOidcCommand(backend: Backend, options: { username?: string | undefined }) {
  if (!options.username) throw new UsageError('usage: tidtam user unlink-oidc --username NAME');
  const db = backend.db;
  // Like `user link-oidc`: with PGlite the running server holds the files (docs/decisions/0002).
  if (!db) throw new UsageError('the server is running: unlink on the users page, or stop it first');
  const user = await findUserByUsername(db, options.username);
  if (!user) {
    throw invalidInput([
      { field: 'username', th: `ไม่พบผู้ใช้ ${options.username}`, en: `no user ${options.username}` },
    ]);
  }
  const { removed } = await unlinkUserSso(db, OPERATOR, user.id);
  console.log(
    removed.length === 0
      ? `no single sign-on identity was linked to ${user.username}`
      : removed.map((r) => `unlinked ${r.subject} at ${r.issuer} from ${user.username}`).join('\n'),
  );
}
