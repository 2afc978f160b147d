/** The career-path file (docs/career-path-file.md): export as a JSON download, import as an upload. */
import type { FastifyInstance } from 'fastify';
import { PathFile, PathFileImportResult, PathFileQuery } from '../../../../shared/api/careers';
import { requireCareerAdmin } from '../../../policies/careers/careers-policy';
import { exportPathFile, importPathFile } from '../../../use-cases/careers/path-file';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';
import { withUploadedFile } from '../../uploaded-file';

export function careerFileRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['careers'];
  r.get(
    '/api/careers/path-file',
    {
      config: { staff: true },
      schema: {
        tags,
        summary:
          'Export one career path (?code=) or all, every version with stages, job profile and criteria',
        querystring: PathFileQuery,
        response: { 200: PathFile },
      },
    },
    async (req, reply) => {
      const file = await exportPathFile(db, requireActor(req), req.query.code);
      const name = `career-paths${req.query.code ? `-${req.query.code.replace(/[^A-Za-z0-9_-]/g, '_')}` : ''}`;
      return reply
        .header('content-disposition', `attachment; filename="${name}.json"`)
        .header('cache-control', 'no-store')
        .send(file);
    },
  );
  r.post(
    '/api/careers/path-file',
    {
      schema: {
        tags,
        summary: 'Import a career-path file, all-or-nothing (central office)',
        description:
          'Multipart field `file`: JSON as docs/career-path-file.md describes, at most 5 MB, 200 paths, 50 versions ' +
          'each. A new path is created with its versions as in the file; an existing one gets the newest version ' +
          'as its draft. Any error is a 400 `invalid_input` naming the path and field, and nothing is written.',
        consumes: ['multipart/form-data'],
        response: { 200: PathFileImportResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      requireCareerAdmin(actor); // 403 before the upload is read
      return withUploadedFile(req, 'career-paths', (path) => importPathFile(db, actor, path));
    },
  );
}
