/** The committee's reminder run on demand (the secretariat, or `tidtam remind` while the server holds the data). */
import type { FastifyInstance } from 'fastify';
import {
  AssignmentReminderRunRequest,
  AssignmentReminderRunResult,
} from '../../../../shared/api/committee/reminders';
import { mailerFromEnv } from '../../../mail/mailer';
import { runAssignmentReminders } from '../../../use-cases/committee/send-assignment-reminders';
import { requireRole } from '../../auth';
import { typed, type AppContext } from '../../context';

export function committeeReminderRoutes(app: FastifyInstance, { db, env }: AppContext) {
  const r = typed(app);
  r.post(
    '/api/committee/reminders/run',
    {
      schema: {
        tags: ['committee'],
        summary:
          'Send the due-soon, overdue and escalation e-mails of the assignments now (or plan them: dryRun)',
        body: AssignmentReminderRunRequest,
        response: { 200: AssignmentReminderRunResult },
      },
    },
    async (req) => {
      const actor = requireRole(req, ['admin']);
      const mailer = mailerFromEnv(env);
      try {
        return await runAssignmentReminders(db, {
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
