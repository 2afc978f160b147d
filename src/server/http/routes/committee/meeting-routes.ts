/** Committee meetings, agenda items and resolutions: the committee reads, the secretariat records. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../../shared/api/common';
import {
  AgendaItemCreate,
  AssignmentCreate,
  MeetingCreate,
  MeetingSummary,
  MeetingView,
  ResolutionCreate,
  SearchPage,
  SearchQuery,
} from '../../../../shared/api/committee';
import { getMeeting } from '../../../use-cases/committee/meeting-view';
import { addAgendaItem, createMeeting, listMeetings } from '../../../use-cases/committee/meetings';
import { addAssignment, recordResolution } from '../../../use-cases/committee/resolutions';
import { searchCommittee } from '../../../use-cases/committee/search';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const Created = z.object({ id: z.number() });

export function committeeMeetingRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['committee'];
  r.get(
    '/api/committee/meetings',
    {
      schema: {
        tags,
        summary: 'Committee meetings, newest first (committee and secretariat)',
        response: { 200: z.array(MeetingSummary) },
      },
    },
    async (req) => listMeetings(db, requireActor(req)),
  );
  r.post(
    '/api/committee/meetings',
    {
      schema: {
        tags,
        summary: 'Record a meeting with its agenda in the standard order (secretariat)',
        body: MeetingCreate,
        response: { 201: MeetingSummary },
      },
    },
    async (req, reply) => reply.code(201).send(await createMeeting(db, requireActor(req), req.body)),
  );
  r.get(
    '/api/committee/meetings/:id',
    {
      schema: {
        tags,
        summary: 'One meeting: agenda, resolutions, suggestions, links and assignments',
        params: IdParam,
        response: { 200: MeetingView },
      },
    },
    async (req) => getMeeting(db, requireActor(req), req.params.id),
  );
  r.post(
    '/api/committee/meetings/:id/agenda-items',
    {
      schema: {
        tags,
        summary: 'Append an agenda item (standard order kept; secretariat)',
        params: IdParam,
        body: AgendaItemCreate,
        response: { 201: z.object({ id: z.number(), no: z.number() }) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await addAgendaItem(db, requireActor(req), req.params.id, req.body)),
  );
  r.post(
    '/api/committee/agenda-items/:id/resolutions',
    {
      schema: {
        tags,
        summary: 'Record a resolution with its suggestions, links and assigned units (secretariat)',
        params: IdParam,
        body: ResolutionCreate,
        response: { 201: Created.extend({ assignmentIds: z.array(z.number()) }) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await recordResolution(db, requireActor(req), req.params.id, req.body)),
  );
  r.post(
    '/api/committee/resolutions/:id/assignments',
    {
      schema: {
        tags,
        summary: 'Assign one more unit to a resolution (secretariat)',
        params: IdParam,
        body: AssignmentCreate,
        response: { 201: Created },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await addAssignment(db, requireActor(req), req.params.id, req.body)),
  );
  r.get(
    '/api/committee/search',
    {
      schema: {
        tags,
        summary: 'Search meetings, resolutions and suggestions (Thai words), 20 a page',
        querystring: SearchQuery,
        response: { 200: SearchPage },
      },
    },
    async (req) => searchCommittee(db, requireActor(req), req.query),
  );
}
