/** "My account" and the sign-in page's settings (GET /api/auth/sessions, GET /api/auth/config). */
import { z } from 'zod';

/** One live session of the signed-in user: times only, never the token or anything derived from it. */
export const SessionView = z.object({
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  /** The session this request came with ("this device"). */
  current: z.boolean(),
});
export type SessionView = z.infer<typeof SessionView>;

export const SessionList = z.object({ sessions: z.array(SessionView) });
export type SessionList = z.infer<typeof SessionList>;

/** Public: what the sign-in page offers. `sso.label` null means the default wording. */
export const AuthConfig = z.object({
  sso: z.object({ enabled: z.boolean(), label: z.string().nullable() }),
  /** Reset links by e-mail are offered (the server has TIDTAM_SMTP_URL). */
  passwordReset: z.boolean(),
});
export type AuthConfig = z.infer<typeof AuthConfig>;

/** Why the sign-in page was opened after a single sign-on attempt (the `sso` query parameter). */
export const SSO_OUTCOMES = ['not_linked', 'failed', 'unavailable'] as const;
export type SsoOutcome = (typeof SSO_OUTCOMES)[number];
