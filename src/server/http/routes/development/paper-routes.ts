/**
 * The year's development plan paper (issue 11 item 2) as Word and as a workbook, in the official style
 * (Thai digits, Sarabun). Who may: src/server/use-cases/development/plan-paper.ts (admin, the institute,
 * the committee; the whole plan).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { FiscalYearParam } from '../../../../shared/api/development';
import type { renderPlanDocx } from '../../../papers/development/plan-docx';
import type { renderPlanXlsx } from '../../../papers/development/plan-xlsx';
import { renderInWorker } from '../../../papers/render-in-worker';
import { planPaper } from '../../../use-cases/development/plan-paper';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

/** The renderers, run in the paper worker (src/server/papers/render-in-worker.ts). */
const PLAN_DOCX = new URL('../../../papers/development/plan-docx.ts', import.meta.url);
const PLAN_XLSX = new URL('../../../papers/development/plan-xlsx.ts', import.meta.url);

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

function sendFile(reply: FastifyReply, format: keyof typeof MIME, body: Buffer, fiscalYear: number) {
  const thai = encodeURIComponent(`แผนพัฒนาบุคลากร-${fiscalYear}.${format}`);
  return reply
    .header('content-type', MIME[format])
    .header(
      'content-disposition',
      `attachment; filename="development-plan-${fiscalYear}.${format}"; filename*=UTF-8''${thai}`,
    )
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

export function developmentPaperRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['development'];
  const description =
    'Admin, the institute (BHRDI’s focal points and approvers) and the committee (viewer): the whole plan; ' +
    'another agency and staff 403; 404 when the year is not opened.';
  r.get(
    '/api/development/years/:fiscalYear/plan.docx',
    {
      schema: {
        tags,
        summary:
          'The year’s development plan paper (DOCX): the memo’s paragraphs from the numbers, the tables',
        description,
        params: FiscalYearParam,
        download: MIME.docx,
      },
    },
    async (req, reply) => {
      const { paper } = await planPaper(db, requireActor(req), req.params.fiscalYear);
      return sendFile(
        reply,
        'docx',
        await renderInWorker<typeof renderPlanDocx>(PLAN_DOCX, 'renderPlanDocx', [paper]),
        req.params.fiscalYear,
      );
    },
  );
  r.get(
    '/api/development/years/:fiscalYear/plan.xlsx',
    {
      schema: {
        tags,
        summary: 'The year’s development plan paper (XLSX): the figures as numbers, one sheet per table',
        description,
        params: FiscalYearParam,
        download: MIME.xlsx,
      },
    },
    async (req, reply) => {
      const { paper, figures } = await planPaper(db, requireActor(req), req.params.fiscalYear);
      return sendFile(
        reply,
        'xlsx',
        await renderInWorker<typeof renderPlanXlsx>(PLAN_XLSX, 'renderPlanXlsx', [paper, figures]),
        req.params.fiscalYear,
      );
    },
  );
}
