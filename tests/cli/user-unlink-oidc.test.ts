/**
 * bin/tidtam user unlink-oidc (docs/decisions/0007): removes the single sign-on identities linked to a
 * user (as DELETE /api/users/:id/sso does), audited; nothing linked is said and changes nothing; an
 * unknown user exits 1, a missing --username exits 2. PGlite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { cliWorkspace, show, tidtam, type Target } from '../helpers/cli';

const { freshTarget } = cliWorkspace('sso_unlink');
const SSO = {
  TIDTAM_OIDC_ISSUER: 'https://idp.example.go.th',
  TIDTAM_OIDC_CLIENT_ID: 'tidtam',
  TIDTAM_OIDC_CLIENT_SECRET: 'a-secret',
};
const withSso = (target: Target): Target => ({ ...target, env: { ...target.env, ...SSO } });

describe('tidtam user unlink-oidc', () => {
  it('unlinks what link-oidc linked, says when nothing is linked, and refuses what it cannot do', async () => {
    const target = await freshTarget({ fromTemplate: true });
    const created = await tidtam(['user', 'create', '--username', 'sso.gone', '--role', 'viewer'], target);
    expect(created.code, show(created)).toBe(0);
    const linked = await tidtam(
      ['user', 'link-oidc', '--username', 'sso.gone', '--subject', 'bma-0077'],
      withSso(target),
    );
    expect(linked.code, show(linked)).toBe(0);

    // Unlinking needs no TIDTAM_OIDC_* (an identity may outlive the setting).
    const unlink = (username: string) => tidtam(['user', 'unlink-oidc', '--username', username], target);
    const first = await unlink('SSO.Gone');
    expect(first.code, show(first)).toBe(0);
    expect(first.stdout).toContain('unlinked bma-0077 at https://idp.example.go.th from sso.gone');
    const again = await unlink('sso.gone');
    expect(again.code, show(again)).toBe(0);
    expect(again.stdout).toContain('no single sign-on identity was linked to sso.gone');

    const unknown = await unlink('nobody.here');
    expect(unknown.code, show(unknown)).toBe(1);
    expect(unknown.stderr).toContain('no user nobody.here');
    const partial = await tidtam(['user', 'unlink-oidc'], target);
    expect(partial.code, show(partial)).toBe(2);
  }, 240_000);
});
