/**
 * The development results' reminder run on demand (form สพข. ๒): the institute (admin, or a focal point or
 * approver of BHRDI), or `tidtam remind` while the server holds the data (the operator acts as admin).
 */
import type { FastifyInstance } from 'fastify';
import {
  ResultReminderRunRequest,
  ResultReminderRunResult,
} from '../../../../shared/api/development/reminders';
import { mailerFromEnv } from '../../../mail/mailer';
import { requireInstitute } from '../../../policies/development/cycle-policy';
import { actorUnitCode } from '../../../use-cases/development/cycle-common';
import { runResultReminders } from '../../../use-cases/development/send-result-reminders';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

export function developmentReminderRoutes(app: FastifyInstance, { db, env }: AppContext) {
  const r = typed(app);
  r.post(
    '/api/development/reminders/run',
    {
      schema: {
        tags: ['development'],
        summary:
          'Send the due-soon, overdue and escalation e-mails of the projects’ results (form สพข. ๒) now (or plan them: dryRun)',
        description: 'Admin or a focal point/approver of the institute (BHRDI).',
        body: ResultReminderRunRequest,
        response: { 200: ResultReminderRunResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      requireInstitute(actor, await actorUnitCode(db, actor));
      const mailer = mailerFromEnv(env);
      try {
        return await runResultReminders(db, {
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
