/** Starts the server: environment, database (migrated, demo on first start), HTTP. */
import { bangkokDate } from '../domain/monitoring';
import { randomBytes } from 'node:crypto';
import { loadEnv } from './config/env';
import { updateLock } from './db/lock';
import { openDatabase } from './db/open-database';
import { refreshStatistics } from './db/statistics';
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, loadDemo } from './demo/load-demo';
import { buildApp } from './http/app';
import { startReminderSchedule, type ExtraReminderRun } from './mail/monitoring/schedule';
import {
  runAssignmentReminders,
  summariseAssignmentRun,
} from './use-cases/committee/send-assignment-reminders';
import { runResultReminders, summariseResultRun } from './use-cases/development/send-result-reminders';

/** The committee's assignment reminders run after the monitoring ones, with the same mailer. */
const committeeReminders: ExtraReminderRun = async (db, { mailer, publicUrl }) => {
  const result = await runAssignmentReminders(db, { mailer, publicUrl });
  return {
    summary: summariseAssignmentRun(result),
    failed: result.emails.filter((e) => e.outcome === 'failed'),
  };
};

/** The development results' reminders (form สพข. ๒) run after them too, with the same mailer. */
const developmentReminders: ExtraReminderRun = async (db, { mailer, publicUrl }) => {
  const result = await runResultReminders(db, { mailer, publicUrl });
  return {
    summary: summariseResultRun(result),
    failed: result.emails.filter((e) => e.outcome === 'failed'),
  };
};

export async function startServer(options: { demo?: boolean } = {}) {
  const env = loadEnv();
  const operatorToken = randomBytes(32).toString('base64url');
  // The lock records port and token once we listen; take it now so no other process opens the files.
  const opened = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.TIDTAM_DATA_DIR,
    lock: { kind: 'server', port: env.PORT, token: operatorToken },
  });
  const { db } = opened;
  if ((options.demo ?? true) && (await isEmpty(db))) {
    await loadDemo(db, { cycleToday: bangkokDate(new Date()) });
    console.log('Demo data loaded: plan HR-2566-2570 (56 projects, reports 2565-10 … 2566-05).');
  }
  // PGlite has no autovacuum: the planner's statistics are gathered here (src/server/db/statistics.ts).
  await refreshStatistics(db);
  const app = await buildApp({ db, env, operatorToken, logger: true });
  // Reminders by e-mail every 15 minutes, only with an SMTP server (src/server/mail/README.md).
  const reminders = startReminderSchedule({
    db,
    env,
    log: (level, message) => app.log[level](message),
    also: [committeeReminders, developmentReminders],
  });
  if (reminders) app.addHook('onClose', () => reminders.stop());
  const shutdown = async () => {
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: env.PORT, host: env.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  if (db.kind === 'pglite') await updateLock(resolve(env.TIDTAM_DATA_DIR), { port });
  console.log(
    `\ntidtam (ติดตาม) is running at http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}/`,
  );
  console.log(
    `Database: ${db.kind === 'pglite' ? `PGlite in ${env.TIDTAM_DATA_DIR}` : 'PostgreSQL (DATABASE_URL)'}`,
  );
  console.log(`Reminders by e-mail: ${reminders ? reminders.description : 'off (no TIDTAM_SMTP_URL)'}`);
  console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const a of DEMO_ACCOUNTS)
    console.log(`  ${a.username.padEnd(16)} ${a.role.padEnd(12)} ${a.displayName}`);
  return app;
}
