/** The HTTP application: plugins, authentication, routes, the OpenAPI document and the built web app. */
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler } from '@fastify/type-provider-zod';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../../shared/limits';
import { AppError } from '../errors';
import { registerAuth } from './auth';
import { loggerOptions, registerRequestLog, type LogOption } from './request-log';
import { registerTextGuard } from './text-guard';
import { frameworkErrorHandler, registerSecurityHeaders } from './security-headers';
import type { AppContext } from './context';
import { errorHandler } from './error-handler';
import { authRoutes } from './routes/auth-routes';
import { passwordRoutes } from './routes/password-routes';
import { importRoutes } from './routes/monitoring/import-routes';
import { planRoutes } from './routes/monitoring/plan-routes';
import { planStateRoutes } from './routes/monitoring/plan-state-routes';
import { projectRoutes } from './routes/monitoring/project-routes';
import { unitRoutes } from './routes/unit-routes';
import { userRoutes } from './routes/user-routes';
import { monthRoutes } from './routes/monitoring/month-routes';
import { reviewRoutes } from './routes/monitoring/review-routes';
import { myWorkRoutes } from './routes/monitoring/my-work-routes';
import { timelinessRoutes } from './routes/monitoring/timeliness-routes';
import { followUpRoutes } from './routes/monitoring/follow-up-routes';
import { monitoringAttachmentRoutes } from './routes/monitoring/attachment-routes';
import { auditRoutes } from './routes/audit-routes';
import { outcomeRoutes } from './routes/monitoring/outcome-routes';
import { paperRoutes } from './routes/monitoring/paper-routes';
import { workforceDashboardRoutes } from './routes/workforce/dashboard-routes';
import { workforceDirectoryRoutes } from './routes/workforce/directory-routes';
import { peopleRoutes } from './routes/workforce/people-routes';
import { workforceImportRoutes } from './routes/workforce/import-routes';
import { workforceRetirementReportRoutes } from './routes/workforce/retirement-report-routes';
import { developmentImportRoutes } from './routes/development/import-routes';
import { careerExceptionRoutes } from './routes/careers/career-exception-routes';
import { cohortRoutes } from './routes/careers/cohort-routes';
import { careerFileRoutes } from './routes/careers/career-file-routes';
import { careerTalentRoutes } from './routes/careers/career-talent-routes';
import { careerRoutes } from './routes/careers/career-routes';
import { developmentReadRoutes } from './routes/development/read-routes';
import { developmentSubmissionRoutes } from './routes/development/submission-routes';
import { developmentYearRoutes } from './routes/development/year-routes';
import { developmentResultRoutes } from './routes/development/result-routes';
import { developmentReminderRoutes } from './routes/development/reminder-routes';
import { developmentPaperRoutes } from './routes/development/paper-routes';
import { developmentEntryRoutes } from './routes/development/entry-routes';
import { committeeAssignmentRoutes } from './routes/committee/assignment-routes';
import { committeeAttachmentRoutes } from './routes/committee/attachment-routes';
import { committeeMeetingRoutes } from './routes/committee/meeting-routes';
import { committeePaperRoutes } from './routes/committee/paper-routes';
import { committeeReminderRoutes } from './routes/committee/reminder-routes';
import { dashboardRoutes } from './routes/monitoring/dashboard-routes';
import { backupRoutes } from '../backup/backup-routes';
import { idempotencyHooks } from './idempotency';
import { registerOpenApi } from './openapi';

const WEB_DIST = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

export async function buildApp(
  context: AppContext & { operatorToken?: string | null; logger?: LogOption; webDist?: string | null },
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(context.logger, context.env),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: LIMITS.uploadBytes,
    // X-Forwarded-For is believed only from the proxies TIDTAM_TRUST_PROXY names (docs/security.md).
    trustProxy: context.env.TIDTAM_TRUST_PROXY?.split(',').map((a) => a.trim()) ?? false,
    // Malformed URLs Fastify refuses before routing get the error shape and the headers too.
    frameworkErrors: frameworkErrorHandler({ https: context.env.TIDTAM_SECURE_COOKIES === 'true' }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // First of all hooks: every response, refused or not, API or web app, carries the security headers.
  registerSecurityHeaders(app, { https: context.env.TIDTAM_SECURE_COOKIES === 'true' });
  registerRequestLog(app);
  app.addContentTypeParser(
    ['application/octet-stream', 'text/csv'],
    { parseAs: 'buffer' },
    (_req, body, done) => done(null, body),
  );
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: LIMITS.uploadBytes, files: 1 } });
  await registerOpenApi(app);

  registerAuth(app, context.db, context.operatorToken ?? null);
  registerTextGuard(app);
  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({ ok: true }));
  const routeModules = [
    authRoutes,
    passwordRoutes,
    planRoutes,
    planStateRoutes,
    projectRoutes,
    importRoutes,
    unitRoutes,
    userRoutes,
    monthRoutes,
    reviewRoutes,
    myWorkRoutes,
    timelinessRoutes,
    followUpRoutes,
    monitoringAttachmentRoutes,
    auditRoutes,
    outcomeRoutes,
    paperRoutes,
    peopleRoutes,
    workforceDashboardRoutes,
    workforceDirectoryRoutes,
    workforceImportRoutes,
    workforceRetirementReportRoutes,
    developmentImportRoutes,
    dashboardRoutes,
    committeeMeetingRoutes,
    committeeAssignmentRoutes,
    committeeAttachmentRoutes,
    committeePaperRoutes,
    committeeReminderRoutes,
    careerRoutes,
    careerExceptionRoutes,
    careerFileRoutes,
    careerTalentRoutes,
    cohortRoutes,
    developmentReadRoutes,
    developmentYearRoutes,
    developmentSubmissionRoutes,
    developmentResultRoutes,
    developmentReminderRoutes,
    developmentPaperRoutes,
    developmentEntryRoutes,
    backupRoutes,
    idempotencyHooks,
  ];
  for (const routes of routeModules) {
    routes(app, context);
  }

  const webDist = context.webDist === undefined ? WEB_DIST : context.webDist;
  if (webDist && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: true });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !webDist || !existsSync(webDist) || request.method !== 'GET') {
      const err = new AppError('not_found', { th: 'ไม่พบสิ่งที่ขอ', en: 'Not found' });
      return reply.code(404).send(err.toBody());
    }
    // The web app routes on the client: every other page is its index.html.
    return reply.sendFile('index.html');
  });
  return app;
}
