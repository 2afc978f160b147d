/**
 * The single sign-on API tests' fixture (oidc.test.ts, admin-sso.test.ts): a fresh database with the demo,
 * a real OpenID provider on loopback (tests/helpers/oidc-provider.ts), and two apps over the database:
 * `app` signs in through the provider, `plain` has no single sign-on configured.
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/server/db/database';
import { startProvider, tidtamOidcEnv, type TestProvider } from '../helpers/oidc-provider';
import { createDemoDatabase } from '../helpers/demo-template';
import { appWith } from './security-helpers';

export interface SsoApps {
  db: Database;
  provider: TestProvider;
  app: FastifyInstance;
  plain: FastifyInstance;
  close(): Promise<void>;
}

/** `publicUrl`: where tidtam says it is (no socket: the tests inject); `env`: more settings for `app`. */
export async function startSsoApps(publicUrl: string, env: Record<string, string> = {}): Promise<SsoApps> {
  const db = await createDemoDatabase();
  const provider = await startProvider(`${publicUrl}/api/auth/oidc/callback`);
  const app = await appWith(db, { ...tidtamOidcEnv(provider, publicUrl), ...env });
  const plain = await appWith(db);
  return {
    db,
    provider,
    app,
    plain,
    async close() {
      await app.close();
      await plain.close();
      await provider.close();
      await db.close();
    },
  };
}
