/**
 * Sending e-mail: one small interface, an SMTP implementation (nodemailer) configured by
 * TIDTAM_SMTP_URL (smtp://host:port, smtp://user:pass@host:port, smtps://…; nodemailer's URL options
 * such as ?tls.rejectUnauthorized=false are accepted) and TIDTAM_MAIL_FROM.
 */
import { createRequire } from 'node:module';
import type * as Nodemailer from 'nodemailer';
import type { Env } from '../config/env';

/** nodemailer (~16 MB of memory) is loaded when reminders are first set up, only with TIDTAM_SMTP_URL. */
const loadNodemailer = () => createRequire(import.meta.url)('nodemailer') as typeof Nodemailer;

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Where mail goes, without credentials (for logs). */
  readonly description: string;
  /** Resolves when the SMTP server has accepted the message; rejects otherwise. */
  send(message: MailMessage): Promise<{ messageId: string | null }>;
  close(): void;
}

/** SMTP errors that mean the server cannot be reached at all (the rest of a run would fail the same way). */
const UNREACHABLE = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'ECONNREFUSED']);

export function isUnreachable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNREACHABLE.has(code);
}

/** The URL without user and password. */
export function describeSmtpUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'smtp (unparseable URL)';
  }
}

export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  const transport = loadNodemailer().createTransport({
    url: options.url,
    // Bounded waits: a run must finish well within the 10 minutes after which a claim counts as interrupted.
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return {
    description: describeSmtpUrl(options.url),
    async send(message) {
      const info = (await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        textEncoding: 'base64',
      })) as { messageId?: string };
      return { messageId: info.messageId ?? null };
    },
    close: () => transport.close(),
  };
}

/** The SMTP mailer of TIDTAM_SMTP_URL / TIDTAM_MAIL_FROM; null when no SMTP server is configured. */
export function mailerFromEnv(env: Env): Mailer | null {
  if (!env.TIDTAM_SMTP_URL) return null;
  if (!env.TIDTAM_MAIL_FROM) {
    throw new Error(
      'Invalid environment / ตั้งค่าสภาพแวดล้อมไม่ถูกต้อง:\n  TIDTAM_MAIL_FROM: is required with TIDTAM_SMTP_URL',
    );
  }
  return createSmtpMailer({ url: env.TIDTAM_SMTP_URL, from: env.TIDTAM_MAIL_FROM });
}
