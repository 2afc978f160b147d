import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../../shared/api/common';
import { ProblemListQuery } from '../../../../shared/api/monitoring/follow-up';
import {
  ActionPlanExportQuery,
  AttentionExportQuery,
  KeyResultExportQuery,
  ReviewExportQuery,
  TimelinessExportQuery,
  PAPER_FORMATS,
  PaperQuery,
  ProjectExportQuery,
  PublishSnapshotBody,
  ReportExportQuery,
  SnapshotCompareQuery,
  SnapshotCompareResponse,
  SnapshotDetail,
  SnapshotListItem,
  SnapshotListQuery,
} from '../../../../shared/api/monitoring/papers';
import type { Actor } from '../../../actor';
import type { Database } from '../../../db/database';
import {
  keyResultRows,
  problemRows,
  projectRows,
  reportRows,
  type ExportColumn,
} from '../../../exports/monitoring/lists';
import {
  actionPlanRows,
  attentionRows,
  reviewQueueRows,
  timelinessRows,
} from '../../../exports/monitoring/lists-follow-up';
import { RoundPaperQuery } from '../../../../shared/api/monitoring/rounds';
import type { renderPaperDocx } from '../../../papers/monitoring/docx-writer';
import type { renderRoundDocx } from '../../../papers/monitoring/round-docx';
import type { renderRoundXlsx } from '../../../papers/monitoring/round-xlsx';
import type { renderPaperXlsx } from '../../../papers/monitoring/xlsx-writer';
import { renderInWorker } from '../../../papers/render-in-worker';
import { committeePaper } from '../../../use-cases/monitoring/committee-paper';
import { getRoundReports } from '../../../use-cases/monitoring/round-reports';
import {
  compareSnapshots,
  getSnapshot,
  listSnapshots,
  publishSnapshot,
} from '../../../use-cases/monitoring/publish-snapshot';
import { requireActor, requireRole } from '../../auth';
import { typed, type AppContext } from '../../context';

/** The renderers, run in the paper worker (src/server/papers/render-in-worker.ts). */
const PAPERS = {
  docx: new URL('../../../papers/monitoring/docx-writer.ts', import.meta.url),
  xlsx: new URL('../../../papers/monitoring/xlsx-writer.ts', import.meta.url),
  roundDocx: new URL('../../../papers/monitoring/round-docx.ts', import.meta.url),
  roundXlsx: new URL('../../../papers/monitoring/round-xlsx.ts', import.meta.url),
};
const CodeParam = z.object({ code: z.string().min(1).max(40) });
const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

/** A download: an ASCII file name, and the Thai one for browsers that read filename*. */
function sendFile(
  reply: FastifyReply,
  format: keyof typeof MIME,
  body: Buffer | string,
  name: string,
  thai?: string,
) {
  const disposition = format === 'html' ? 'inline' : 'attachment';
  const utf8 = thai ? `; filename*=UTF-8''${encodeURIComponent(`${thai}.${format}`)}` : '';
  return reply
    .header('content-type', MIME[format])
    .header('content-disposition', `${disposition}; filename="${name}.${format}"${utf8}`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

/** Snapshots, committee papers and list exports: reading is for every signed-in role; publishing for the centre. */
export function paperRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['papers'];
  r.get(
    '/api/plans/:code/snapshots',
    {
      schema: {
        tags,
        summary: 'Published snapshots of the plan',
        params: CodeParam,
        querystring: SnapshotListQuery,
        response: { 200: z.array(SnapshotListItem) },
      },
    },
    async (req) => {
      requireActor(req);
      return listSnapshots(db, req.params.code, req.query);
    },
  );
  r.post(
    '/api/plans/:code/snapshots',
    {
      schema: {
        tags,
        summary: 'Publish a snapshot of the plan as of a month (central office)',
        params: CodeParam,
        body: PublishSnapshotBody,
        response: { 201: SnapshotListItem },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, ['admin']);
      return reply.code(201).send(await publishSnapshot(db, actor, req.params.code, req.body));
    },
  );
  r.get(
    '/api/plans/:code/snapshots/compare',
    {
      schema: {
        tags,
        summary: 'Compare two snapshots',
        params: CodeParam,
        querystring: SnapshotCompareQuery,
        response: { 200: SnapshotCompareResponse },
      },
    },
    async (req) => {
      requireActor(req);
      return compareSnapshots(db, req.params.code, req.query);
    },
  );
  r.get(
    '/api/plans/:code/snapshots/:id',
    {
      schema: {
        tags,
        summary: 'A published snapshot',
        params: CodeParam.extend(IdParam.shape),
        response: { 200: SnapshotDetail },
      },
    },
    async (req) => {
      requireActor(req);
      return getSnapshot(db, req.params.code, req.params.id);
    },
  );

  for (const format of PAPER_FORMATS) {
    r.get(
      `/api/plans/:code/paper.${format}`,
      {
        schema: {
          tags,
          summary: `The committee paper as ${format.toUpperCase()}`,
          download: MIME[format],
          params: CodeParam,
          querystring: PaperQuery,
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const { font, ...query } = req.query;
        const { content, meta } = await committeePaper(db, actor, { planCode: req.params.code, ...query });
        const name = `committee-paper-${content.summary.plan}-${content.summary.asOf}`;
        const thai = `เอกสารประกอบการประชุม-${content.summary.asOf}`;
        if (format === 'docx') {
          const docx = await renderInWorker<typeof renderPaperDocx>(PAPERS.docx, 'renderPaperDocx', [
            content,
            meta,
            { font },
          ]);
          return sendFile(reply, 'docx', docx, name, thai);
        }
        if (format === 'xlsx') {
          const xlsx = await renderInWorker<typeof renderPaperXlsx>(PAPERS.xlsx, 'renderPaperXlsx', [
            content,
            meta,
          ]);
          return sendFile(reply, 'xlsx', xlsx, name, thai);
        }
        const { renderPaperHtml } = await import('../../../papers/monitoring/html-writer');
        reply.header(
          'content-security-policy',
          "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        );
        return sendFile(reply, 'html', renderPaperHtml(content, meta), name);
      },
    );
  }

  for (const format of ['docx', 'xlsx'] as const) {
    r.get(
      `/api/plans/:code/rounds.${format}`,
      {
        schema: {
          tags,
          summary: `The round report (3, 6, 9, 12 months beside the year before) as ${format.toUpperCase()}`,
          download: MIME[format],
          params: CodeParam,
          querystring: RoundPaperQuery,
        },
      },
      async (req, reply) => {
        const { font, ...query } = req.query;
        const report = await getRoundReports(db, requireActor(req), req.params.code, query);
        const name = `round-report-${report.plan}-${report.fiscalYear}`;
        const thai = `รายงานผลรายรอบ-ปีงบประมาณ-${report.fiscalYear}`;
        const made = new Date();
        const file =
          format === 'docx'
            ? await renderInWorker<typeof renderRoundDocx>(PAPERS.roundDocx, 'renderRoundDocx', [
                report,
                made,
                { font },
              ])
            : await renderInWorker<typeof renderRoundXlsx>(PAPERS.roundXlsx, 'renderRoundXlsx', [
                report,
                made,
              ]);
        return sendFile(reply, format, file, name, thai);
      },
    );
  }

  exportRoute(r, 'projects', ProjectExportQuery, projectRows);
  exportRoute(r, 'reports', ReportExportQuery, reportRows);
  exportRoute(r, 'problems', ProblemListQuery, problemRows);
  exportRoute(r, 'key-results', KeyResultExportQuery, keyResultRows);
  exportRoute(r, 'review-queue', ReviewExportQuery, reviewQueueRows);
  exportRoute(r, 'timeliness', TimelinessExportQuery, timelinessRows);
  exportRoute(r, 'attention', AttentionExportQuery, attentionRows);
  exportRoute(r, 'action-plan', ActionPlanExportQuery, actionPlanRows);

  function exportRoute<Q extends z.ZodObject, T>(
    router: typeof r,
    list: string,
    query: Q,
    load: (
      db: Database,
      actor: Actor,
      q: z.infer<Q>,
    ) => Promise<{ sheet: string; columns: ExportColumn<T>[]; rows: T[] }>,
  ) {
    for (const format of ['xlsx', 'csv'] as const) {
      router.get(
        `/api/exports/${list}.${format}`,
        {
          schema: {
            tags: ['exports'],
            summary: `Export the ${list} list as ${format.toUpperCase()}`,
            download: MIME[format],
            querystring: query,
          },
        },
        async (req, reply) => {
          const { sheet, columns, rows } = await load(db, requireActor(req), req.query as z.infer<Q>);
          const name = `${list}-${new Date().toISOString().slice(0, 10)}`;
          if (format === 'csv') {
            const { toCsv } = await import('../../../exports/csv');
            const body = toCsv(
              columns.map((c) => c.header),
              rows.map((row) => columns.map((c) => c.value(row))),
            );
            return sendFile(reply, 'csv', body, name, sheet);
          }
          const { toXlsx } = await import('../../../exports/xlsx-list');
          return sendFile(reply, 'xlsx', await toXlsx(sheet, columns, rows), name, sheet);
        },
      );
    }
  }
}
