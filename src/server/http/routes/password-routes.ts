/** Passwords: the signed-in user's own change, and the reset link by e-mail where mail is configured. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  PasswordChange,
  PasswordResetAccepted,
  PasswordResetConfirm,
  PasswordResetRequest,
} from '../../../shared/api/password';
import { AppError } from '../../errors';
import { mailerFromEnv } from '../../mail/mailer';
import { changePassword } from '../../use-cases/change-password';
import { confirmPasswordReset, requestPasswordReset, RESET_ACCEPTED } from '../../use-cases/reset-password';
import { requireActor, SESSION_COOKIE } from '../auth';
import { typed, type AppContext } from '../context';
import { SignInLimiter, SignInRefused } from '../rate-limit';

const NO_MAIL = new AppError('not_found', {
  th: 'เซิร์ฟเวอร์นี้ไม่ได้ตั้งค่าการส่งอีเมล จึงขอลิงก์ตั้งรหัสผ่านใหม่ไม่ได้ กรุณาติดต่อผู้ดูแลระบบ',
  en: 'This server sends no e-mail, so there are no reset links: ask the administrators',
});

export function passwordRoutes(app: FastifyInstance, { db, env }: AppContext) {
  const r = typed(app);
  const tags = ['auth'];
  const mailer = mailerFromEnv(env);
  if (mailer) app.addHook('onClose', async () => mailer.close());
  // Asking for links is limited like signing in: per account and address, per address, per account.
  const limiter = new SignInLimiter({
    perPair: env.TIDTAM_SIGNIN_MAX_FAILURES,
    perAddress: env.TIDTAM_SIGNIN_MAX_FAILURES_PER_ADDRESS,
    perAccount: env.TIDTAM_SIGNIN_MAX_FAILURES_PER_ACCOUNT,
    windowMs: env.TIDTAM_SIGNIN_LOCK_MINUTES * 60_000,
  });
  r.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change one’s own password (the current one, and a new one that follows the rules)',
        description:
          'At least 12 characters, not containing the username, not the current one, not a run or a well-known ' +
          'password (400 naming the rule). Ends every other session of the user; ends a forced change.',
        body: PasswordChange,
        response: { 200: z.object({ sessionsEnded: z.number() }) },
      },
    },
    async (req) =>
      changePassword(db, requireActor(req), req.cookies[SESSION_COOKIE] ?? null, req.body, req.ip),
  );
  r.post(
    '/api/auth/password-reset',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Ask for a password reset link by e-mail (by username or e-mail address)',
        description:
          'The same 202 whether or not the account exists. 404 when the server sends no e-mail ' +
          '(TIDTAM_SMTP_URL unset); 429 with Retry-After when asked too often, like sign-in.',
        body: PasswordResetRequest,
        response: { 202: PasswordResetAccepted },
      },
    },
    async (req, reply) => {
      if (!mailer) throw NO_MAIL;
      try {
        limiter.check(req.body.login, req.ip);
      } catch (err) {
        if (err instanceof SignInRefused) reply.header('retry-after', String(err.retryAfterSeconds));
        throw err;
      }
      limiter.failed(req.body.login, req.ip);
      const send = await requestPasswordReset(db, req.body.login, {
        mailer,
        publicUrl: env.TIDTAM_PUBLIC_URL,
        address: req.ip,
      });
      // Sent after the answer: its time does not tell whether the account exists.
      if (send)
        setImmediate(() => send().catch((err: Error) => req.log.warn(`reset mail not sent: ${err.message}`)));
      return reply.code(202).send({ message: RESET_ACCEPTED });
    },
  );
  r.post(
    '/api/auth/password-reset/confirm',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Set a new password with a reset link’s token (once, within 30 minutes)',
        description:
          'Ends every session of the user. 400 naming the token when it is used, expired or unknown.',
        body: PasswordResetConfirm,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await confirmPasswordReset(db, req.body, req.ip);
      return reply.code(204).send(null);
    },
  );
}
