/**
 * `tidtam remind [--dry-run] [--json]`: the reminder run, now. With the database at hand it runs here
 * (SMTP from this process's environment); while a server holds the PGlite directory, it asks that
 * server (POST /api/reminders/run with the operator token), which sends with its own settings.
 * The committee's assignment reminders run after the monitoring ones (POST /api/committee/reminders/run);
 * The development results' reminders (form สพข. ๒) run last (POST /api/development/reminders/run);
 * --json prints the monitoring run's object with the committee's under "committee" and the development
 * results' under "development".
 */
import { resolve } from 'node:path';
import type { AssignmentReminderRunResult } from '../../shared/api/committee/reminders';
import type { ResultReminderRunResult } from '../../shared/api/development/reminders';
import type { ReminderRunResult } from '../../shared/api/monitoring/my-work';
import type { ApiErrorBody } from '../../shared/messages';
import { OPERATOR } from '../../server/actor';
import type { Env } from '../../server/config/env';
import { readLock } from '../../server/db/lock';
import { AppError } from '../../server/errors';
import { mailerFromEnv, summariseRun } from '../../server/mail/monitoring/schedule';
import {
  runAssignmentReminders,
  summariseAssignmentRun,
} from '../../server/use-cases/committee/send-assignment-reminders';
import {
  runResultReminders,
  summariseResultRun,
} from '../../server/use-cases/development/send-result-reminders';
import { runReminders } from '../../server/use-cases/monitoring/send-reminders';
import type { Backend } from '../backend';

const OUTCOME_TH: Record<string, string> = {
  sent: 'ส่งแล้ว',
  failed: 'ส่งไม่สำเร็จ (จะลองใหม่รอบหน้า)',
  skipped_no_email: 'ข้าม: ผู้ใช้ไม่มีอีเมล',
  would_send: 'จะส่ง',
  would_skip_no_email: 'จะข้าม: ผู้ใช้ไม่มีอีเมล',
  not_sent_no_smtp: 'ไม่ได้ส่ง: ยังไม่ได้ตั้งค่า SMTP',
};

export async function remindCommand(
  backend: Backend,
  env: Env,
  options: { dryRun: boolean; json: boolean; now?: Date },
): Promise<
  ReminderRunResult & { committee: AssignmentReminderRunResult; development: ResultReminderRunResult }
> {
  let result: ReminderRunResult;
  let committee: AssignmentReminderRunResult;
  let development: ResultReminderRunResult;
  if (backend.db) {
    const mailer = mailerFromEnv(env); // a dry run never sends; the result still tells whether SMTP is set
    try {
      result = await runReminders(backend.db, {
        mailer,
        dryRun: options.dryRun,
        publicUrl: env.TIDTAM_PUBLIC_URL,
        actor: OPERATOR,
        ...(options.now ? { now: options.now } : {}),
      });
      committee = await runAssignmentReminders(backend.db, {
        mailer,
        dryRun: options.dryRun,
        publicUrl: env.TIDTAM_PUBLIC_URL,
        actor: OPERATOR,
        ...(options.now ? { now: options.now } : {}),
      });
      development = await runResultReminders(backend.db, {
        mailer,
        dryRun: options.dryRun,
        publicUrl: env.TIDTAM_PUBLIC_URL,
        actor: OPERATOR,
        ...(options.now ? { now: options.now } : {}),
      });
    } finally {
      mailer?.close();
    }
  } else {
    result = await askServer<ReminderRunResult>(env, '/api/reminders/run', options.dryRun);
    committee = await askServer<AssignmentReminderRunResult>(
      env,
      '/api/committee/reminders/run',
      options.dryRun,
    );
    development = await askServer<ResultReminderRunResult>(
      env,
      '/api/development/reminders/run',
      options.dryRun,
    );
  }
  const both = { ...result, committee, development };
  process.stdout.write(
    options.json
      ? `${JSON.stringify(both, null, 2)}\n`
      : renderText(result) + renderCommittee(committee) + renderDevelopment(development),
  );
  return both;
}

async function askServer<T>(env: Env, path: string, dryRun: boolean): Promise<T> {
  const holder = await readLock(resolve(env.TIDTAM_DATA_DIR));
  if (!holder?.port || !holder.token) throw new Error('the tidtam server holding the data directory is gone');
  const response = await fetch(`http://127.0.0.1:${holder.port}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${holder.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ dryRun }),
  });
  const body = (await response.json()) as T | ApiErrorBody;
  if (!response.ok) {
    const { error } = body as ApiErrorBody;
    throw new AppError(error.code, error.message, error.issues);
  }
  return body as T;
}

function renderText(result: ReminderRunResult): string {
  const lines = [
    `${summariseRun(result)}${result.dryRun ? ' (dry run: nothing sent or recorded)' : ''}` +
      (result.smtp || result.dryRun ? '' : ' — TIDTAM_SMTP_URL is not set: nothing sent or recorded'),
  ];
  for (const e of result.emails) {
    lines.push(
      `${e.period}  ${e.kind.padEnd(19)}  ${e.username.padEnd(16)} ${(e.email ?? '-').padEnd(28)} ` +
        `${OUTCOME_TH[e.outcome] ?? e.outcome}: ${e.projectCodes.join(', ')}` +
        (e.error ? `  (${e.error})` : ''),
    );
  }
  return `${lines.join('\n')}\n`;
}

function renderCommittee(result: AssignmentReminderRunResult): string {
  const lines = [summariseAssignmentRun(result)];
  for (const e of result.emails) {
    lines.push(
      `${e.kind.padEnd(20)}  ${e.username.padEnd(16)} ${(e.email ?? '-').padEnd(28)} ` +
        `${OUTCOME_TH[e.outcome] ?? e.outcome}: ${e.assignmentIds.map((id) => `#${id}`).join(', ')}` +
        (e.error ? `  (${e.error})` : ''),
    );
  }
  return `${lines.join('\n')}\n`;
}

function renderDevelopment(result: ResultReminderRunResult): string {
  const lines = [summariseResultRun(result)];
  for (const e of result.emails) {
    lines.push(
      `${e.kind.padEnd(20)}  ${e.username.padEnd(16)} ${(e.email ?? '-').padEnd(28)} ` +
        `${OUTCOME_TH[e.outcome] ?? e.outcome}: ${e.projectIds.map((id) => `#${id}`).join(', ')}` +
        (e.error ? `  (${e.error})` : ''),
    );
  }
  return `${lines.join('\n')}\n`;
}
