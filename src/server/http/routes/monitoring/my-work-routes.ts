import type { FastifyInstance } from 'fastify';
import {
  MyWorkResponse,
  ReminderRunRequest,
  ReminderRunResult,
} from '../../../../shared/api/monitoring/my-work';
import { mailerFromEnv } from '../../../mail/monitoring/schedule';
import { getMyWork } from '../../../use-cases/monitoring/my-work';
import { runReminders } from '../../../use-cases/monitoring/send-reminders';
import { requireActor, requireRole } from '../../auth';
import { typed, type AppContext } from '../../context';

export function myWorkRoutes(app: FastifyInstance, { db, env }: AppContext) {
  const r = typed(app);
  r.get(
    '/api/my-work',
    {
      schema: {
        tags: ['my work'],
        summary: "The signed-in user's to-do list",
        response: { 200: MyWorkResponse },
      },
    },
    async (req) => getMyWork(db, requireActor(req)),
  );
  // The reminder run on demand (the centre, or `tidtam remind` while the server holds the database).
  r.post(
    '/api/reminders/run',
    {
      schema: {
        tags: ['reminders'],
        summary: 'Send the reminder e-mails due now (dryRun lists them only)',
        body: ReminderRunRequest,
        response: { 200: ReminderRunResult },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      const mailer = mailerFromEnv(env);
      try {
        return await runReminders(db, {
          mailer,
          publicUrl: env.TIDTAM_PUBLIC_URL,
          dryRun: req.body.dryRun ?? false,
          actor,
        });
      } finally {
        mailer?.close();
      }
    },
  );
}
