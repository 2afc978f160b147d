/** The committee's papers for a meeting, as Word: its "เรื่องสืบเนื่อง" section and the minutes' draft. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { IdParam } from '../../../../shared/api/common';
import type { renderFollowUpDocx } from '../../../papers/committee/follow-up-docx';
import type { renderMinutesDocx } from '../../../papers/committee/minutes-docx';
import { renderInWorker } from '../../../papers/render-in-worker';
import { followUpPaper, minutesDraft } from '../../../use-cases/committee/papers';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

/** The renderers, run in the paper worker (src/server/papers/render-in-worker.ts). */
const FOLLOW_UP = new URL('../../../papers/committee/follow-up-docx.ts', import.meta.url);
const MINUTES = new URL('../../../papers/committee/minutes-docx.ts', import.meta.url);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function sendDocx(reply: FastifyReply, body: Buffer, name: string, thai: string) {
  return reply
    .header('content-type', DOCX)
    .header(
      'content-disposition',
      `attachment; filename="${name}.docx"; filename*=UTF-8''${encodeURIComponent(`${thai}.docx`)}`,
    )
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

export function committeePaperRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['committee'];
  r.get(
    '/api/committee/meetings/:id/follow-up.docx',
    {
      schema: {
        tags,
        summary:
          'The meeting’s agenda section เรื่องสืบเนื่อง: every open resolution once, with its progress (DOCX)',
        params: IdParam,
      },
    },
    async (req, reply) => {
      const paper = await followUpPaper(db, requireActor(req), req.params.id);
      const no = `${paper.meeting.no}-${paper.meeting.yearBe}`;
      return sendDocx(
        reply,
        await renderInWorker<typeof renderFollowUpDocx>(FOLLOW_UP, 'renderFollowUpDocx', [paper]),
        `follow-up-${no}`,
        `เรื่องสืบเนื่อง-${no}`,
      );
    },
  );
  r.get(
    '/api/committee/meetings/:id/minutes-draft.docx',
    {
      schema: {
        tags,
        summary: 'A draft of the meeting’s minutes, resolution part (DOCX)',
        params: IdParam,
      },
    },
    async (req, reply) => {
      const draft = await minutesDraft(db, requireActor(req), req.params.id);
      const no = `${draft.meeting.no}-${draft.meeting.yearBe}`;
      return sendDocx(
        reply,
        await renderInWorker<typeof renderMinutesDocx>(MINUTES, 'renderMinutesDocx', [draft]),
        `minutes-draft-${no}`,
        `ร่างรายงานการประชุม-${no}`,
      );
    },
  );
}
