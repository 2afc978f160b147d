/**
 * Backup and restore through a running server, for `bin/tidtam backup|restore` when the server holds
 * the PGlite directory (docs/decisions/0002). Only the operator token of the lock file opens them: a
 * backup holds every password hash and all personal data, so no web account, not even an admin, can.
 */
import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { OPERATOR } from '../actor';
import { AppError, forbidden } from '../errors';
import { requireActor } from '../http/auth';
import { typed, type AppContext } from '../http/context';
import { dumpDatabase } from './dump';
import { backupLines, gzipLines } from './files';
import { restoreDatabase } from './restore';

const OPERATOR_ONLY = forbidden({
  th: 'สำรองและกู้คืนข้อมูลได้จากบรรทัดคำสั่งบนเครื่องแม่ข่ายเท่านั้น (bin/tidtam backup, restore)',
  en: 'Backup and restore are for the operator at the server only (bin/tidtam backup, restore)',
});

const BackupSummary = z.object({
  createdAt: z.string(),
  source: z.enum(['pglite', 'postgres']),
  tables: z.number(),
  rows: z.number(),
  upgradedWith: z.array(z.string()),
});

export function backupRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  // The restore body is a gzip stream, read as it is loaded (never whole into memory, no size limit:
  // only the operator reaches it).
  app.addContentTypeParser('application/gzip', (_req, payload, done) => done(null, payload));

  // Operator only: the bearer token, never a session (the document says so; http/openapi.ts).
  const operator = { tags: ['operator'], security: [{ operatorToken: [] }], errors: [401, 403] as const };
  r.get(
    '/api/admin/backup',
    {
      schema: {
        ...operator,
        summary: 'A backup of the whole database (gzip), for `bin/tidtam backup` (operator token only)',
        download: 'application/gzip',
      },
    },
    async (req, reply) => {
      operatorOnly(req);
      const body = new PassThrough();
      const out = gzipLines(body);
      // A client that goes away must not leave the dump (and its transaction) waiting on a full pipe.
      reply.raw.on('close', () => {
        if (!body.writableFinished) body.destroy(new Error('the client closed the connection'));
      });
      void (async () => {
        try {
          await dumpDatabase(db, out.write);
          await out.end();
        } catch (err) {
          req.log.error({ err: { message: (err as Error).message } }, 'backup failed');
          // The client sees a cut-off file without its end marker and refuses it.
          body.destroy(err as Error);
        }
      })();
      return reply.type('application/gzip').header('cache-control', 'no-store').send(body);
    },
  );

  r.post(
    '/api/admin/restore',
    {
      schema: {
        ...operator,
        errors: [...operator.errors, 409],
        summary:
          'Restore a backup (gzip body) over the database, for `bin/tidtam restore` (operator token only)',
        description: 'A database that is not empty is kept unless force=true (409).',
        consumes: ['application/gzip'],
        querystring: z.object({ force: z.enum(['true', 'false']).default('false') }),
        response: { 200: BackupSummary },
      },
    },
    async (req) => {
      operatorOnly(req);
      if (req.headers['content-type'] !== 'application/gzip' || !req.body)
        throw new AppError('invalid_input', {
          th: 'ต้องส่งไฟล์สำรองข้อมูล (application/gzip)',
          en: 'Send the backup file as application/gzip',
        });
      const summary = await restoreDatabase(db, backupLines(req.body as Readable), {
        force: req.query.force === 'true',
      });
      req.log.info(
        { backupCreatedAt: summary.createdAt, rows: summary.rows },
        'database restored from a backup',
      );
      return summary;
    },
  );
}

function operatorOnly(req: Parameters<typeof requireActor>[0]) {
  const actor = requireActor(req);
  if (actor.userId !== null || actor.label !== OPERATOR.label) throw OPERATOR_ONLY;
}
