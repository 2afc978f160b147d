/**
 * The agency's OpenID Connect provider, through openid-client (docs/decisions/0007): the authorization
 * code flow with PKCE (S256), state and nonce. The provider's metadata is discovered on first use, not at
 * start, so a provider that is down does not stop tidtam (password sign-in keeps working); a failed
 * discovery is tried again on the next sign-in.
 */
import * as oidc from 'openid-client';
import type { ssoSettings } from '../config/env';

export type SsoSettings = NonNullable<ReturnType<typeof ssoSettings>>;

/** What the browser carries to the provider and back (state) and what stays on the server (the rest). */
export interface LoginChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export class OidcClient {
  private config: Promise<oidc.Configuration> | null = null;

  constructor(readonly settings: SsoSettings) {}

  /** Fresh random checks for one sign-in. */
  static newChecks(): LoginChecks {
    return {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
  }

  /** Where to send the browser: the provider's authorization endpoint with this sign-in's checks. */
  async authorizationUrl(checks: LoginChecks): Promise<URL> {
    const config = await this.configuration();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
  }

  /**
   * Completes the callback: checks state, exchanges the code with the PKCE verifier (client secret
   * authentication), checks the ID token's issuer, audience, expiry and nonce, and returns who the
   * provider says signed in. The token comes straight from the token endpoint over HTTPS, which vouches
   * for it (OpenID Connect Core 3.1.3.7, step 6). Throws on anything else (an error from the provider,
   * a wrong nonce, a refused code).
   */
  async identify(callbackQuery: string, checks: LoginChecks): Promise<{ issuer: string; subject: string }> {
    const config = await this.configuration();
    const url = new URL(this.settings.redirectUri);
    url.search = callbackQuery;
    const tokens = await oidc.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims?.sub) throw new Error('the provider returned no subject');
    // The configured issuer, as links are stored (the token's iss was checked against it).
    return { issuer: this.settings.issuer, subject: claims.sub };
  }

  private configuration(): Promise<oidc.Configuration> {
    if (!this.config) {
      const issuer = new URL(this.settings.issuer);
      // Plain HTTP only for a provider on loopback (env.ts refuses it anywhere else).
      const options = issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined;
      this.config = oidc
        .discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, options)
        .catch((err: unknown) => {
          this.config = null;
          throw err;
        });
    }
    return this.config;
  }
}
