/**
 * A real OpenID Connect provider (oidc-provider) on loopback for the single sign-on tests, with one
 * static confidential client and accounts that are just subjects. Its development login and consent
 * pages are driven over HTTP like a browser would (a cookie jar, redirects followed by hand), until the
 * provider redirects to tidtam's callback: that URL is returned, for the test to send to tidtam.
 */
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'tidtam-test';
export const CLIENT_SECRET = 'a-test-client-secret-of-some-length';

export interface TestProvider {
  issuer: string;
  /** Signs `subject` in at the provider, starting from tidtam's redirect; returns the callback URL. */
  signIn(authorizationUrl: string, subject: string, options?: { cancel?: boolean }): Promise<URL>;
  close(): Promise<void>;
}

export async function startProvider(redirectUri: string): Promise<TestProvider> {
  // Listen first: the issuer must name the port.
  const { createServer } = await import('node:http');
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server: Server = createServer((req, res) => handler!(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => ({ sub }) }),
    // The development login and consent pages (any login, any password): enough to drive over HTTP.
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    // Fixed lifetimes (the defaults print a notice each); nothing here lives longer than a test.
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
  });
  handler = provider.callback();

  async function signIn(authorizationUrl: string, subject: string, options: { cancel?: boolean } = {}) {
    const jar = new Map<string, string>();
    const send = async (url: string, init: RequestInit = {}) => {
      const res = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader(jar) },
      });
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const eq = pair!.indexOf('=');
        jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
      }
      return res;
    };
    let url = authorizationUrl;
    for (let step = 0; step < 20; step++) {
      const res = await send(url);
      if (res.status >= 300 && res.status < 400) {
        const next = new URL(res.headers.get('location')!, url);
        if (next.href.startsWith(redirectUri)) return next;
        url = next.href;
        continue;
      }
      const page = await res.text();
      if (res.status !== 200) throw new Error(`provider answered ${res.status}: ${page.slice(0, 300)}`);
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
      if (!action) throw new Error(`no form on the provider's page: ${page.slice(0, 300)}`);
      const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
      const form =
        options.cancel && prompt === 'login'
          ? null
          : new URLSearchParams(
              prompt === 'login'
                ? { prompt, login: subject, password: 'any' }
                : { prompt: prompt ?? 'consent' },
            );
      const submitUrl = new URL(action.replace(/&amp;/g, '&'), url).href;
      const posted = form
        ? await send(submitUrl, {
            method: 'POST',
            body: form.toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          })
        : await send(`${submitUrl}/abort`); // the development page's "cancel"
      if (posted.status < 300 || posted.status >= 400)
        throw new Error(`provider answered ${posted.status} to the ${prompt} form`);
      url = new URL(posted.headers.get('location')!, submitUrl).href;
    }
    throw new Error('too many steps at the provider');
  }

  return {
    issuer,
    signIn,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** tidtam's settings to sign in through `provider`, tidtam being at `publicUrl`. */
export function tidtamOidcEnv(provider: TestProvider, publicUrl: string): Record<string, string> {
  return {
    TIDTAM_PUBLIC_URL: publicUrl,
    TIDTAM_OIDC_ISSUER: provider.issuer,
    TIDTAM_OIDC_CLIENT_ID: CLIENT_ID,
    TIDTAM_OIDC_CLIENT_SECRET: CLIENT_SECRET,
  };
}

const cookieHeader = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
