/** The server's periodic reminder run, and the mailer the environment configures. */
import type { Env } from '../../config/env';
import type { Database } from '../../db/database';
import type { ReminderRunResult } from '../../../shared/api/monitoring/my-work';
import { runReminders } from '../../use-cases/monitoring/send-reminders';
import { describeSmtpUrl, mailerFromEnv } from '../mailer';

export const REMINDER_INTERVAL_MS = 15 * 60_000;

export { mailerFromEnv } from '../mailer';

export function summariseRun(result: ReminderRunResult): string {
  const counts = new Map<string, number>();
  for (const e of result.emails) counts.set(e.outcome, (counts.get(e.outcome) ?? 0) + 1);
  const parts = [...counts].map(([outcome, n]) => `${outcome} ${n}`);
  if (result.recovered > 0) parts.push(`recovered ${result.recovered}`);
  return `reminders ${result.today}: ${parts.length > 0 ? parts.join(', ') : 'nothing due'}`;
}

type Log = (level: 'info' | 'warn' | 'error', message: string) => void;

/** Another module's reminder run, done after the monitoring one with the same mailer (the committee's). */
export type ExtraReminderRun = (
  db: Database,
  options: { mailer: ReturnType<typeof mailerFromEnv>; publicUrl: string },
) => Promise<{ summary: string; failed: { username: string; error: string | null }[] }>;

/**
 * Runs reminders soon after start and then every `everyMs`, never two at once in this process (other
 * processes are safe through the claims). stop() cancels the timer and waits for a run in progress.
 * Returns null when SMTP is not configured: then nothing runs by itself (`tidtam remind` shows what is due).
 */
export function startReminderSchedule(options: {
  db: Database;
  env: Env;
  log: Log;
  everyMs?: number;
  firstAfterMs?: number;
  also?: readonly ExtraReminderRun[];
}): { description: string; stop(): Promise<void> } | null {
  const { db, env, log } = options;
  if (!env.TIDTAM_SMTP_URL) return null;
  mailerFromEnv(env); // a missing TIDTAM_MAIL_FROM stops the start, not the first run
  let running: Promise<void> | null = null;
  let stopped = false;
  const runOnce = () => {
    if (running || stopped) return;
    running = (async () => {
      const mailer = mailerFromEnv(env);
      try {
        const result = await runReminders(db, { mailer, publicUrl: env.TIDTAM_PUBLIC_URL });
        const failed = result.emails.filter((e) => e.outcome === 'failed');
        log(failed.length > 0 ? 'warn' : 'info', summariseRun(result));
        for (const f of failed.slice(0, 5)) log('warn', `reminder to ${f.username} not sent: ${f.error}`);
        for (const extra of options.also ?? []) {
          const more = await extra(db, { mailer, publicUrl: env.TIDTAM_PUBLIC_URL });
          log(more.failed.length > 0 ? 'warn' : 'info', more.summary);
          for (const f of more.failed.slice(0, 5))
            log('warn', `reminder to ${f.username} not sent: ${f.error}`);
        }
      } catch (err) {
        log('error', `reminder run failed: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        mailer?.close();
        running = null;
      }
    })();
  };
  const first = setTimeout(runOnce, options.firstAfterMs ?? 30_000);
  const timer = setInterval(runOnce, options.everyMs ?? REMINDER_INTERVAL_MS);
  first.unref();
  timer.unref();
  return {
    description: `${describeSmtpUrl(env.TIDTAM_SMTP_URL)} every ${Math.round((options.everyMs ?? REMINDER_INTERVAL_MS) / 60_000)} minutes`,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
