/**
 * bin/tidtam user link-oidc (docs/decisions/0007): an admin links the agency provider's subject to an
 * existing user; usage errors exit 2, an unknown user exits 1 and links nothing. PGlite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { cliWorkspace, show, tidtam, type Target } from '../helpers/cli';

const { freshTarget } = cliWorkspace('sso');
const SSO = {
  TIDTAM_OIDC_ISSUER: 'https://idp.example.go.th',
  TIDTAM_OIDC_CLIENT_ID: 'tidtam',
  TIDTAM_OIDC_CLIENT_SECRET: 'a-secret',
};
const withSso = (target: Target): Target => ({ ...target, env: { ...target.env, ...SSO } });

describe('tidtam user link-oidc', () => {
  it('links a subject to a user, moves it when linked again, and refuses what it cannot do', async () => {
    const target = await freshTarget({ fromTemplate: true });
    for (const username of ['sso.one', 'sso.two']) {
      const created = await tidtam(['user', 'create', '--username', username, '--role', 'viewer'], target);
      expect(created.code, show(created)).toBe(0);
    }
    const link = (username: string, t = withSso(target)) =>
      tidtam(['user', 'link-oidc', '--username', username, '--subject', 'bma-0042'], t);

    const first = await link('SSO.One');
    expect(first.code, show(first)).toBe(0);
    expect(first.stdout).toContain('linked bma-0042 at https://idp.example.go.th to sso.one');
    const moved = await link('sso.two');
    expect(moved.code, show(moved)).toBe(0);
    expect(moved.stdout).toContain('it was linked to another user before');

    const unknown = await link('nobody.here');
    expect(unknown.code, show(unknown)).toBe(1);
    expect(unknown.stderr).toContain('no user nobody.here');
    const unset = await link('sso.one', target);
    expect(unset.code, show(unset)).toBe(2);
    expect(unset.stderr).toContain('TIDTAM_OIDC_ISSUER');
    const partial = await tidtam(['user', 'link-oidc', '--username', 'sso.one'], withSso(target));
    expect(partial.code, show(partial)).toBe(2);
  }, 240_000);
});
