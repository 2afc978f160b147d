/** The environment, validated once at start: a wrong setting stops the process with a clear message. */
import { z } from 'zod';

/** Hosts where an OpenID provider may be reached over plain HTTP (a trial on one machine, the tests). */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/;

const EnvSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  TIDTAM_DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Set to "false" only when serving plain HTTP on loopback (development, tests). */
  TIDTAM_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  TIDTAM_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  TIDTAM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /** Reminders by e-mail (src/server/mail/README.md): smtp://host:port, smtp://user:pass@host:port */
  TIDTAM_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/?#]+/, 'must look like smtp://host:port or smtp://user:pass@host:port')
    .optional(),
  /** The sender of reminders, e.g. "ติดตาม <tidtam@example.go.th>"; needed with TIDTAM_SMTP_URL. */
  TIDTAM_MAIL_FROM: z.string().min(3).optional(),
  /** The address users open the web app at: links in e-mails start with it. */
  TIDTAM_PUBLIC_URL: z.string().url().default('http://127.0.0.1:3000'),
  /**
   * Failed sign-ins for one account from one client address within the lock window before that pair
   * gets 429 (docs/security.md, 4.2): failures from elsewhere do not lock the real user out.
   */
  TIDTAM_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  /** Failed sign-ins per client address (any accounts) within the lock window before 429. */
  TIDTAM_SIGNIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
  /** Failed sign-ins per account from all addresses together before it is locked for everyone (backstop). */
  TIDTAM_SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(100_000).default(100),
  /** The sign-in lock window, in minutes. */
  TIDTAM_SIGNIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /**
   * Behind a reverse proxy: its address(es), comma-separated IPs or CIDRs (e.g. "127.0.0.1,10.0.0.0/8").
   * Only then is X-Forwarded-For believed for the client address (sign-in limits, logs). Unset: never.
   */
  TIDTAM_TRUST_PROXY: z
    .string()
    .regex(
      /^[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*$/,
      'must be IP addresses or CIDRs separated by commas, e.g. 127.0.0.1,10.0.0.0/8',
    )
    .optional(),
  /**
   * Single sign-on through an agency's OpenID Connect provider (docs/decisions/0007): the issuer URL,
   * HTTPS except on loopback (trials, tests). Set together with the client id and secret, or not at all.
   */
  TIDTAM_OIDC_ISSUER: z
    .string()
    .url()
    .refine(
      (v) => new URL(v).protocol === 'https:' || LOOPBACK.test(new URL(v).hostname),
      'must be an https:// URL (http:// only on 127.0.0.1, ::1 or localhost)',
    )
    .optional(),
  TIDTAM_OIDC_CLIENT_ID: z.string().min(1).max(500).optional(),
  TIDTAM_OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  /** The sign-in button's text, e.g. "เข้าสู่ระบบด้วยบัญชี กทม."; unset: a default in Thai and English. */
  TIDTAM_OIDC_LABEL: z.string().min(1).max(80).optional(),
});

const OIDC_VARS = ['TIDTAM_OIDC_ISSUER', 'TIDTAM_OIDC_CLIENT_ID', 'TIDTAM_OIDC_CLIENT_SECRET'] as const;

/** Single sign-on is on only with all three settings; one or two of them is a mistake worth stopping for. */
const EnvWithSso = EnvSchema.superRefine((env, ctx) => {
  const set = OIDC_VARS.filter((name) => env[name] !== undefined);
  if (set.length === 0 || set.length === OIDC_VARS.length) return;
  for (const name of OIDC_VARS.filter((n) => !set.includes(n))) {
    ctx.addIssue({ code: 'custom', path: [name], message: `needed with ${set.join(' and ')}` });
  }
});

export type Env = z.infer<typeof EnvSchema>;

/** The single sign-on settings when all are set (docs/decisions/0007), else null. */
export function ssoSettings(env: Env) {
  const { TIDTAM_OIDC_ISSUER: issuer, TIDTAM_OIDC_CLIENT_ID: clientId } = env;
  const clientSecret = env.TIDTAM_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  const redirectUri = `${env.TIDTAM_PUBLIC_URL.replace(/\/+$/, '')}/api/auth/oidc/callback`;
  return { issuer, clientId, clientSecret, label: env.TIDTAM_OIDC_LABEL ?? null, redirectUri };
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = EnvWithSso.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment / ตั้งค่าสภาพแวดล้อมไม่ถูกต้อง:\n${lines.join('\n')}`);
  }
  return result.data;
}
