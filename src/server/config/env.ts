/** The environment, validated once at start: a wrong setting stops the process with a clear message. */
import { z } from 'zod';

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
  /** Failed sign-ins per account within the lock window before further attempts get 429 (docs/security.md). */
  TIDTAM_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  /** Failed sign-ins per client address (any accounts) within the lock window before 429. */
  TIDTAM_SIGNIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
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
});

export type Env = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment / ตั้งค่าสภาพแวดล้อมไม่ถูกต้อง:\n${lines.join('\n')}`);
  }
  return result.data;
}
